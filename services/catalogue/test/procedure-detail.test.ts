import { describe, expect, it } from 'vitest';
import { catalogueUnderTest } from './helpers';
import { pdfText } from './pdf-text';

const DETAIL = `query Detail($code: ID!, $version: Int) {
  procedure(code: $code, version: $version) {
    code version name field { code name } levels implementingAgency onlineLevel legacyLevel steps
    methods { method duration { unit value cutoff } fee { kind amountVnd description } }
    documents { case name copies { original copy } formId }
    forms { id name legalSource downloadUrl fields { key type label required pattern options { value label } help maxLength } }
    result legalBasis { number date issuer title } conditions publishedAt confirmed note
  }
}`;

describe('procedure detail', () => {
  const catalogue = catalogueUnderTest();

  it('returns every part of birth registration, with its form and a link to the PDF', async () => {
    const answer = await catalogue.ask(DETAIL, { code: '1.001193' });
    expect(answer.errors).toBeUndefined();
    const procedure = answer.data?.procedure;
    expect(procedure).toMatchObject({
      code: '1.001193',
      version: 1,
      name: 'Thủ tục đăng ký khai sinh',
      field: { code: 'ho_tich', name: 'Hộ tịch' },
      levels: ['COMMUNE'],
      onlineLevel: 'FULL_PROCESS',
      legacyLevel: 4,
    });
    expect(procedure.steps.length).toBeGreaterThan(0);
    expect(procedure.methods.map((method: { method: string }) => method.method)).toEqual([
      'IN_PERSON',
      'ONLINE',
      'POST',
    ]);
    expect(procedure.methods[0].duration).toEqual({ unit: 'SAME_DAY', value: 0, cutoff: '15:00' });
    expect(procedure.methods[0].fee.kind).toBe('FREE');
    expect(procedure.documents[0]).toMatchObject({
      name: 'Tờ khai đăng ký khai sinh',
      copies: { original: 1, copy: 0 },
      formId: 'HT-TK-KHAI-SINH',
    });
    expect(procedure.legalBasis.map((law: { number: string }) => law.number)).toContain('60/2014/QH13');
    const [form] = procedure.forms;
    expect(form.id).toBe('HT-TK-KHAI-SINH');
    expect(form.downloadUrl).toBe(`${catalogue.baseUrl()}/forms/HT-TK-KHAI-SINH.pdf`);
    expect(form.fields.find((field: { key: string }) => field.key === 'requesterIdNumber')).toMatchObject({
      type: 'ID_NUMBER',
      required: true,
      pattern: '^\\d{12}$',
    });
  });

  it('serves the form as a PDF whose text keeps its Vietnamese diacritics, blank or pre-filled', async () => {
    const blank = await fetch(`${catalogue.baseUrl()}/forms/HT-TK-KHAI-SINH.pdf`);
    expect(blank.status).toBe(200);
    expect(blank.headers.get('content-type')).toBe('application/pdf');
    const blankText = pdfText(Buffer.from(await blank.arrayBuffer()));
    expect(blankText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(blankText).toContain('TỜ KHAI ĐĂNG KÝ KHAI SINH');
    expect(blankText).toContain('Họ, chữ đệm, tên người yêu cầu');

    const filled = await fetch(`${catalogue.baseUrl()}/forms/HT-TK-KHAI-SINH.pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        values: { requesterFullName: 'Nguyễn Thị Hồng Nhung', requesterIdNumber: '087190000001' },
      }),
    });
    expect(filled.status).toBe(200);
    expect(filled.headers.get('cache-control')).toBe('no-store');
    const filledText = pdfText(Buffer.from(await filled.arrayBuffer()));
    expect(filledText).toContain('Nguyễn Thị Hồng Nhung');
    expect(filledText).toContain('087190000001');
  });

  it('refuses an unknown form and values that are not fields of the form', async () => {
    const unknown = await fetch(`${catalogue.baseUrl()}/forms/NO-SUCH-FORM.pdf`);
    expect(unknown.status).toBe(404);
    const stray = await fetch(`${catalogue.baseUrl()}/forms/HT-TK-KHAI-SINH.pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ values: { password: 'x' } }),
    });
    expect(stray.status).toBe(400);
    expect(((await stray.json()) as { error: { message: string } }).error.message).toMatch(/password/);
  });

  it('refuses a malformed or unknown procedure code, and an unknown version, with a clear error', async () => {
    const malformed = await catalogue.ask(DETAIL, { code: 'khai-sinh' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toMatch(/1\.001193/);
    const unknown = await catalogue.ask(DETAIL, { code: '9.999999' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const version = await catalogue.ask(DETAIL, { code: '1.001193', version: 7 });
    expect(version.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await catalogue.ask(DETAIL, { code: '1.001193', version: 1 })).data?.procedure.version).toBe(1);
  });
});

describe('which unit offers what online', () => {
  const catalogue = catalogueUnderTest();
  const OFFERS = `query Offers($unit: ID!, $asOf: Date, $procedure: ID!, $on: Date) {
    administrativeUnit(code: $unit, asOf: $asOf) { agencyCode offersOnline(procedureCode: $procedure, on: $on) }
  }`;
  const offers = async (unit: string, asOf: string | null, procedure: string, on: string | null) =>
    (await catalogue.ask(OFFERS, { unit, asOf, procedure, on })).data?.administrativeUnit.offersOnline;

  it('follows the approved list of each unit, from the day it applies', async () => {
    // Birth registration (full process) at the commune of 2025 that reused code 30208, and at the old town.
    expect(await offers('30208', null, '1.001193', '2025-07-01')).toBe(true);
    expect(await offers('30208', '2024-03-01', '1.001193', '2024-03-01')).toBe(true);
    expect(await offers('30208', '2022-03-01', '1.001193', '2022-03-01')).toBe(false);
  });

  it('answers false for a procedure offered for information only, and for a day outside the version', async () => {
    const answer = await catalogue.ask('{ procedures(first: 100) { nodes { code onlineLevel levels } } }');
    const infoOnly = answer.data?.procedures.nodes.find(
      (node: { onlineLevel: string }) => node.onlineLevel === 'INFORMATION_ONLY',
    );
    expect(infoOnly).toBeDefined();
    expect(await offers('30208', null, infoOnly.code, null)).toBe(false);
    // The 2019 town's version cannot speak for a day after it was dissolved.
    expect(await offers('30208', '2024-03-01', '1.001193', '2025-08-01')).toBe(false);
  });

  it('refuses a malformed procedure code', async () => {
    const answer = await catalogue.ask(OFFERS, { unit: '30208', procedure: 'abc' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
