import { describe, expect, it } from 'vitest';
import { admin, catalogueUnderTest, officer } from './helpers';

const METHODS = `query($code: ID!, $unit: ID, $on: Date) {
  procedure(code: $code) {
    methods(unitCode: $unit, on: $on) {
      method
      fee { kind amountVnd description provinceFee { provinceCode amountVnd resolution validFrom confirmed } }
    }
  }
}`;

const SET = `mutation($input: ProvinceFeeInput!) {
  setProvinceFee(input: $input) { provinceCode procedureCode method amountVnd resolution validFrom validTo }
}`;

type Terms = { method: string; fee: { kind: string; amountVnd: number | null; provinceFee: unknown } };

// Issue 18, finding 9: fees "do HĐND tỉnh quy định" were stored as 0 and read as "no fee". Đồng Tháp's amounts
// for civil status come from Nghị quyết 26/2025/NQ-HĐND (in force 1/1/2026): 10.000 đ for a marital status
// certificate filed in person or by post.
describe('fees set by the province', () => {
  const catalogue = catalogueUnderTest();
  const methods = async (code: string, unit?: string, on?: string) => {
    const answer = await catalogue.ask(METHODS, { code, unit, on });
    expect(answer.errors).toBeUndefined();
    return new Map(
      ((answer.data?.procedure.methods ?? []) as Terms[]).map((terms) => [terms.method, terms.fee]),
    );
  };

  it('gives the amount of the unit’s province with its resolution (Nghị quyết 26/2025/NQ-HĐND Đồng Tháp)', async () => {
    const atLaiVung = await methods('1.004873', '30226', '2026-03-02');
    expect(atLaiVung.get('IN_PERSON')).toMatchObject({
      kind: 'SET_BY_PROVINCE',
      amountVnd: 10000,
      provinceFee: { provinceCode: '82', amountVnd: 10000, resolution: '26/2025/NQ-HĐND', confirmed: true },
    });
    expect(atLaiVung.get('POST')?.amountVnd).toBe(10000);
    // Not recorded (the online amount was not read): unknown, never zero.
    expect(atLaiVung.get('ONLINE')).toMatchObject({ amountVnd: null, provinceFee: null });
    // Before the resolution applied, and without a unit, the amount is unknown too.
    expect((await methods('1.004873', '30226', '2025-12-31')).get('IN_PERSON')?.amountVnd).toBeNull();
    expect((await methods('1.004873')).get('IN_PERSON')).toMatchObject({
      amountVnd: null,
      provinceFee: null,
    });
    // A fixed fee is the same everywhere.
    expect((await methods('2.000884', '30226')).get('IN_PERSON')).toMatchObject({
      kind: 'FIXED',
      amountVnd: 10000,
      provinceFee: null,
    });
  });

  it('lets an administrator record a province’s amount, ending the one before', async () => {
    const input = {
      provinceCode: '82',
      procedureCode: '1.001612',
      method: 'ONLINE',
      validFrom: '2026-06-01',
      amountVnd: 50000,
      resolution: '99/2026/NQ-HĐND',
      source: 'Nghị quyết thử nghiệm (test)',
      confirmed: false,
    };
    const refused = await catalogue.ask(SET, { input }, officer);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const first = await catalogue.ask(SET, { input }, admin);
    expect(first.errors).toBeUndefined();
    const second = await catalogue.ask(
      SET,
      { input: { ...input, validFrom: '2026-09-01', amountVnd: 40000 } },
      admin,
    );
    expect(second.errors).toBeUndefined();
    expect((await methods('1.001612', '30226', '2026-08-31')).get('ONLINE')?.amountVnd).toBe(50000);
    expect((await methods('1.001612', '30226', '2026-09-01')).get('ONLINE')?.amountVnd).toBe(40000);
    const list = await catalogue.ask(
      '{ provinceFees(procedureCode: "1.001612") { validFrom validTo amountVnd } }',
    );
    expect(list.data?.provinceFees).toEqual([
      { validFrom: '2026-06-01', validTo: '2026-08-31', amountVnd: 50000 },
      { validFrom: '2026-09-01', validTo: null, amountVnd: 40000 },
    ]);
    // A procedure whose fee is not the province's, and a negative amount, are refused with their reasons.
    const fixed = await catalogue.ask(
      SET,
      { input: { ...input, procedureCode: '2.000884', method: 'IN_PERSON' } },
      admin,
    );
    expect(fixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fixed.errors?.[0]?.message).toMatch(/HĐND tỉnh/);
    const earlier = await catalogue.ask(SET, { input: { ...input, validFrom: '2026-07-01' } }, admin);
    expect(earlier.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const negative = await catalogue.ask(SET, { input: { ...input, amountVnd: -1 } }, admin);
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
