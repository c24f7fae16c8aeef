import { describe, expect, it } from 'vitest';
import { admin, anonymous, catalogueUnderTest, citizen, officer, service } from './helpers';

const procedureInput = (name: string) => ({
  name,
  field: 'Hộ tịch',
  levels: ['COMMUNE'],
  implementingAgency: 'UBND cấp xã',
  steps: ['Nộp hồ sơ', 'Trả kết quả'],
  methods: [
    {
      method: 'IN_PERSON',
      duration: { unit: 'WORKING_DAYS', value: 3 },
      fee: { kind: 'FIXED', amountVnd: 8000, description: 'Lệ phí 8.000 đồng' },
    },
  ],
  documents: [
    { case: 'Chung', name: 'Tờ khai', copies: { original: 1, copy: 0 }, formId: 'HT-TK-KHAI-SINH' },
  ],
  result: 'Trích lục',
  legalBasis: [{ number: '60/2014/QH13', date: '2014-11-20', issuer: 'Quốc hội', title: 'Luật Hộ tịch' }],
  onlineLevel: 'PARTIAL',
  legacyLevel: 3,
  confirmed: false,
});

const CREATE = `mutation Create($code: ID!, $input: ProcedureInput!) { createProcedure(code: $code, input: $input) { code version publishedAt } }`;
const UPDATE = `mutation Update($code: ID!, $input: ProcedureInput!) { updateProcedure(code: $code, input: $input) { version name publishedAt } }`;
const PUBLISH = `mutation Publish($code: ID!) { publishProcedure(code: $code) { version name publishedAt } }`;
const READ = `query Read($code: ID!, $version: Int) { procedure(code: $code, version: $version) { version name } }`;
const FORM = `mutation Form($id: ID!, $input: FormInput!) { createForm(id: $id, input: $input) { id fields { key type } } }`;
const CALENDAR = `mutation Calendar($input: CalendarYearInput!) { setCalendarYear(input: $input) { year daysOff { date } } }`;

describe('administration of the catalogue', () => {
  const catalogue = catalogueUnderTest();

  it('refuses every change to anyone but an administrator, and changes nothing', async () => {
    for (const identity of [anonymous, citizen, officer, service]) {
      const answer = await catalogue.ask(
        CREATE,
        { code: '9.000001', input: procedureInput('Thử') },
        identity,
      );
      expect(answer.errors?.[0]?.extensions?.code, identity.role).toBe('FORBIDDEN');
      const year = await catalogue.ask(
        CALENDAR,
        { input: { year: 2027, source: 'x', daysOff: [], makeUpWorkingDays: [], confirmed: false } },
        identity,
      );
      expect(year.errors?.[0]?.extensions?.code, identity.role).toBe('FORBIDDEN');
    }
    const read = await catalogue.ask(READ, { code: '9.000001' }, admin);
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('creates, publishes and versions a procedure; old versions stay readable', async () => {
    const created = await catalogue.ask(
      CREATE,
      { code: '9.000002', input: procedureInput('Thủ tục thử') },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createProcedure).toEqual({ code: '9.000002', version: 1, publishedAt: null });
    expect((await catalogue.ask(READ, { code: '9.000002' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await catalogue.ask(READ, { code: '9.000002', version: 1 }, admin)).data?.procedure.version).toBe(
      1,
    );

    const published = await catalogue.ask(PUBLISH, { code: '9.000002' }, admin);
    expect(published.data?.publishProcedure.publishedAt).not.toBeNull();
    expect((await catalogue.ask(READ, { code: '9.000002' })).data?.procedure).toEqual({
      version: 1,
      name: 'Thủ tục thử',
    });

    const draft = await catalogue.ask(
      UPDATE,
      { code: '9.000002', input: procedureInput('Thủ tục thử (sửa đổi)') },
      admin,
    );
    expect(draft.data?.updateProcedure).toEqual({
      version: 2,
      name: 'Thủ tục thử (sửa đổi)',
      publishedAt: null,
    });
    expect((await catalogue.ask(READ, { code: '9.000002' })).data?.procedure.version).toBe(1);
    await catalogue.ask(PUBLISH, { code: '9.000002' }, admin);
    expect((await catalogue.ask(READ, { code: '9.000002' })).data?.procedure).toEqual({
      version: 2,
      name: 'Thủ tục thử (sửa đổi)',
    });
    expect((await catalogue.ask(READ, { code: '9.000002', version: 1 })).data?.procedure.name).toBe(
      'Thủ tục thử',
    );
    const search = await catalogue.ask(
      '{ procedures(search: "thu tuc thu sua doi", first: 1) { edges { node { code version } } } }',
    );
    expect(search.data?.procedures.edges[0].node).toEqual({ code: '9.000002', version: 2 });

    const again = await catalogue.ask(PUBLISH, { code: '9.000002' }, admin);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const duplicate = await catalogue.ask(CREATE, { code: '9.000002', input: procedureInput('x') }, admin);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses an invalid procedure with every problem listed', async () => {
    const input = {
      ...procedureInput(''),
      legacyLevel: 4,
      methods: [
        {
          method: 'IN_PERSON',
          duration: { unit: 'SAME_DAY', value: 2, cutoff: '18:30' },
          fee: { kind: 'FREE', amountVnd: 5000, description: 'Miễn phí' },
        },
      ],
      documents: [{ case: 'Chung', name: 'Tờ khai', copies: { original: 1, copy: 0 }, formId: 'NO-SUCH' }],
    };
    const answer = await catalogue.ask(CREATE, { code: '9.000003', input }, admin);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = ((answer.errors?.[0]?.extensions?.problems ?? []) as Array<{ path: string }>).map(
      (p) => p.path,
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'name',
        'legacyLevel',
        'methods[0].duration.value',
        'methods[0].duration.cutoff',
        'methods[0].fee.amountVnd',
        'documents[0].formId',
      ]),
    );
    expect(
      (await catalogue.ask(READ, { code: '9.000003', version: 1 }, admin)).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    const malformed = await catalogue.ask(CREATE, { code: 'abc', input: procedureInput('x') }, admin);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('creates a form and refuses an invalid form definition', async () => {
    const good = await catalogue.ask(
      FORM,
      {
        id: 'TEST-DON',
        input: {
          name: 'Đơn thử',
          legalSource: 'Thử nghiệm',
          confirmed: false,
          fields: [
            { key: 'fullName', type: 'TEXT', label: 'Họ và tên', required: true, maxLength: 100 },
            {
              key: 'gender',
              type: 'SELECT',
              label: 'Giới tính',
              required: true,
              options: [{ value: 'MALE', label: 'Nam' }],
            },
          ],
        },
      },
      admin,
    );
    expect(good.errors).toBeUndefined();
    expect(good.data?.createForm.fields).toHaveLength(2);
    const bad = await catalogue.ask(
      FORM,
      {
        id: 'bad id',
        input: {
          name: 'Đơn lỗi',
          legalSource: 'x',
          confirmed: false,
          fields: [
            { key: 'a', type: 'SELECT', label: 'Chọn', required: true },
            { key: 'a', type: 'TEXT', label: '', required: true, pattern: '([' },
          ],
        },
      },
      admin,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = ((bad.errors?.[0]?.extensions?.problems ?? []) as Array<{ path: string }>).map(
      (p) => p.path,
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'id',
        'fields[0].options',
        'fields[1].key',
        'fields[1].label',
        'fields[1].pattern',
      ]),
    );
    expect((await catalogue.ask('{ form(id: "bad id") { id } }')).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('adds a calendar year that deadlines then use, and refuses a make-up day on a weekday', async () => {
    const before = await catalogue.ask('{ addWorkingDays(from: "2027-01-04T09:00:00+07:00", days: 1) }');
    expect(before.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    const bad = await catalogue.ask(
      CALENDAR,
      {
        input: {
          year: 2027,
          source: 'Thông báo thử',
          confirmed: false,
          daysOff: [{ date: '2027-01-01', name: 'Tết Dương lịch' }],
          makeUpWorkingDays: [{ date: '2027-01-06', replaces: '2027-01-01', name: 'Làm bù' }],
        },
      },
      admin,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const good = await catalogue.ask(
      CALENDAR,
      {
        input: {
          year: 2027,
          source: 'Thông báo thử',
          confirmed: false,
          daysOff: [
            { date: '2027-01-01', name: 'Tết Dương lịch' },
            { date: '2027-01-05', name: 'Nghỉ hoán đổi' },
          ],
          makeUpWorkingDays: [{ date: '2027-01-09', replaces: '2027-01-05', name: 'Làm bù' }],
        },
      },
      admin,
    );
    expect(good.errors).toBeUndefined();
    const after = await catalogue.ask('{ addWorkingDays(from: "2027-01-04T09:00:00+07:00", days: 4) }');
    // Mon 4 → Wed 6, Thu 7, Fri 8, Sat 9 (make-up); Tue 5 is off.
    expect(after.data?.addWorkingDays).toBe('2027-01-09');
  });

  it('creates a unit, approves a procedure online there and withdraws it', async () => {
    const created = await catalogue.ask(
      `mutation { createAdministrativeUnit(input: {
        code: "30299", validFrom: "2025-07-01", name: "Xã Thử Nghiệm", level: COMMUNE, kind: "Xã", parentCode: "82",
        agencyCode: "000.99.11.H20", desk: { address: "Ấp 1", openingHours: "Thứ Hai – Thứ Sáu", phone: "02773000000" },
        confirmed: false }) { code name parent { code } } }`,
      {},
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createAdministrativeUnit).toEqual({
      code: '30299',
      name: 'Xã Thử Nghiệm',
      parent: { code: '82' },
    });
    const approve = await catalogue.ask(
      `mutation { approveOnlineProcedures(unitCode: "30299", procedureCodes: ["1.001193"], decision: "Quyết định thử", from: "2025-08-01") { validFrom } }`,
      {},
      admin,
    );
    expect(approve.errors).toBeUndefined();
    const offers =
      '{ administrativeUnit(code: "30299") { a: offersOnline(procedureCode: "1.001193", on: "2025-08-01") b: offersOnline(procedureCode: "1.001193", on: "2025-07-31") } }';
    expect((await catalogue.ask(offers)).data?.administrativeUnit).toEqual({ a: true, b: false });
    const withdraw = await catalogue.ask(
      'mutation { withdrawOnlineProcedure(unitCode: "30299", procedureCode: "1.001193", lastDay: "2025-08-31") { validTo } }',
      {},
      admin,
    );
    expect(withdraw.data?.withdrawOnlineProcedure.validTo).toBe('2025-08-31');
    const overlap = await catalogue.ask(
      `mutation { createAdministrativeUnit(input: {
        code: "30299", validFrom: "2026-01-01", name: "Xã Khác", level: COMMUNE, kind: "Xã", parentCode: "82",
        agencyCode: "000.99.11.H20", desk: { address: "Ấp 2", openingHours: "x" }, confirmed: false }) { code } }`,
      {},
      admin,
    );
    expect(overlap.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
