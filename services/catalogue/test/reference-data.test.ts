import { createTestDatabase } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalogueDatabase } from '../src/db';
import { REFERENCE_FILES, type ReferenceFiles } from '../src/reference-data';
import type { ReferenceCalendarYear, ReferenceProcedure, ReferenceUnit } from '../src/reference-data/schema';
import { checkReferenceData } from '../src/seed/check-reference-data';
import { loadReferenceData } from '../src/seed/reference-data';
import { admin, catalogueUnderTest } from './helpers';

/** The shipped files with one change, made on a copy. */
function altered(change: (files: ReferenceFiles) => void): ReferenceFiles {
  const copy = structuredClone(REFERENCE_FILES);
  change(copy);
  return copy;
}

const { ask } = catalogueUnderTest();

describe('the reference data files', () => {
  it('pass the admin validators, and say per record where they come from and whether that was checked', () => {
    const data = checkReferenceData(REFERENCE_FILES);
    expect(data.procedures).toHaveLength(48);
    expect(data.forms).toHaveLength(12);
    expect(data.units).toHaveLength(25);
    expect(data.calendar.map((year) => year.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const record of [...data.procedures, ...data.units, ...data.calendar]) {
      expect(record.source.length).toBeGreaterThan(0);
      expect(typeof record.confirmed).toBe('boolean');
    }
    for (const form of data.forms) expect(form.legalSource.length).toBeGreaterThan(0);
    expect(
      data.procedures.filter((procedure) => procedure.confirmed).map((procedure) => procedure.code),
    ).toEqual([
      '1.001193',
      '1.000894',
      '1.000656',
      '1.001022',
      '1.004873',
      '2.000815',
      '2.000884',
      '1.001612',
    ]);
  });

  // Codes checked against provincial copies of the national procedure database (issue 18, finding 4):
  // 2.001019 is "Chứng thực di chúc" and 2.001016 "Chứng thực văn bản từ chối nhận di sản" (brief, "Updates to the
  // rules"); "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch" is 2.000913 (Bình Phước's catalogue,
  // "Mã DVC: 2.000913.000.00.00.H10"); 1.003554 appears in no source, land-dispute mediation is listed as 1.013967.
  it('name each procedure by its own national code', async () => {
    const byCode = new Map(checkReferenceData(REFERENCE_FILES).procedures.map((p) => [p.code, p.name]));
    expect(byCode.get('2.000913')).toBe(
      'Thủ tục chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
    );
    expect(byCode.get('2.000927')).toBe('Thủ tục sửa lỗi sai sót trong hợp đồng, giao dịch');
    expect(byCode.get('1.013967')).toBe('Thủ tục hòa giải tranh chấp đất đai');
    for (const wrong of ['2.001019', '2.001016', '1.003554']) expect(byCode.has(wrong), wrong).toBe(false);
    const answer = await ask(
      '{ a: procedure(code: "2.000913") { name } b: procedure(code: "2.001019") { name } }',
    );
    expect(answer.data?.a?.name).toBe('Thủ tục chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch');
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  describe('with a bad record', () => {
    let database: ReturnType<typeof openCatalogueDatabase>;
    beforeAll(async () => {
      database = openCatalogueDatabase(await createTestDatabase('catalogue'), 1);
    });
    afterAll(() => database?.close());

    it('fail the seed on a negative fee, with the message the admin mutation gives', async () => {
      const bad = altered((files) => {
        const [procedure] = files.procedures as ReferenceProcedure[];
        if (!procedure?.methods[0]) throw new Error('no procedure to spoil');
        procedure.methods[0].fee = { kind: 'FIXED', amountVnd: -8000, description: 'Lệ phí' };
      });
      const [code, record] = ['1.999001', (bad.procedures as ReferenceProcedure[])[0] as ReferenceProcedure];
      const { onlineLevel, source, code: _, ...input } = record;
      const answer = await ask(
        'mutation($code: ID!, $input: ProcedureInput!) { createProcedure(code: $code, input: $input) { code } }',
        {
          code,
          input: {
            ...input,
            documents: input.documents.map(({ formCode, ...document }) => ({
              ...document,
              formId: formCode,
            })),
            onlineLevel: onlineLevel.decree42,
            legacyLevel: onlineLevel.legacy,
          },
        },
        admin,
      );
      const refusal = answer.errors?.[0]?.extensions as { messageVi: string; messageEn: string };
      expect(refusal.messageEn).toBe(
        'Invalid procedure: methods[0].fee.amountVnd: must be a whole, non-negative number of đồng',
      );

      const seeding = loadReferenceData(database.db, bad);
      await expect(seeding).rejects.toThrow(
        `procedures.json [1.001193]: ${refusal.messageVi} / ${refusal.messageEn}`,
      );
    });

    it('fail the seed on a calendar day listed twice, with the message the admin mutation gives', async () => {
      const bad = altered((files) => {
        const year = (files.calendar as ReferenceCalendarYear[]).find((candidate) => candidate.year === 2024);
        const [first] = year?.daysOff ?? [];
        if (!year || !first) throw new Error('no 2024 day off to repeat');
        year.daysOff.push({ ...first });
      });
      const year = (bad.calendar as ReferenceCalendarYear[]).find((candidate) => candidate.year === 2024);
      const { note, ...input } = year as ReferenceCalendarYear;
      const answer = await ask(
        'mutation($input: CalendarYearInput!) { setCalendarYear(input: $input) { year } }',
        { input: { ...input, note } },
        admin,
      );
      const refusal = answer.errors?.[0]?.extensions as { messageVi: string; messageEn: string };
      expect(refusal.messageEn).toMatch(/^Invalid calendar year: daysOff\[\d+\]\.date: is listed twice$/);

      await expect(loadReferenceData(database.db, bad)).rejects.toThrow(
        `calendar.json [2024]: ${refusal.messageVi} / ${refusal.messageEn}`,
      );
    });

    it('fail the seed on a unit whose code does not fit its level, and on a record of the wrong shape', async () => {
      const bad = altered((files) => {
        const { units } = files.units as { units: ReferenceUnit[] };
        const [province] = units;
        if (!province) throw new Error('no unit to spoil');
        province.code = '876';
        (files.forms as Array<Record<string, unknown>>).push({ code: 'HT-TK-MOI', title: 'Tờ khai mới' });
      });
      const seeding = loadReferenceData(database.db, bad);
      await expect(seeding).rejects.toThrow(
        /units\.json \[876 from 2019-01-01\]: .*a PROVINCE code has 2 digits/,
      );
      await expect(seeding).rejects.toThrow(/forms\.json \[HT-TK-MOI\]: .*legalSource/);
    });
  });
});
