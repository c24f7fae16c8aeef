import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkingDuration } from '../src/db/schema';
import { loadDemoDossiers } from '../src/seed/demo-dossiers';
import { sampleFormData } from '../src/seed/sample-form';
import { startStack, who } from './support';

const SUBMIT = `mutation($input: SubmitDossierInput!, $key: ID!) {
  submitDossier(input: $input, idempotencyKey: $key) {
    code status channel assistedBy procedure { code } unit { code } procedureVersion feeVnd returnChannel
    history { action toStatus actorRole }
  }
}`;

describe('filing through the subgraph, against the real catalogue', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let birthForm: Array<{ key: string; value: string }>;
  beforeAll(async () => {
    stack = await startStack();
    const procedure = await stack.deps.catalogue.procedure('1.001193');
    if (!procedure) throw new Error('catalogue has no 1.001193');
    birthForm = sampleFormData(procedure, {
      name: 'Nguyễn Văn An',
      idNumber: '087190000001',
      phone: '0912345678',
    });
  });
  afterAll(async () => stack?.stop());

  const input = (overrides: Record<string, unknown> = {}) => ({
    procedureCode: '1.001193',
    unitCode: '30226',
    applicant: { kind: 'PERSON', name: 'Nguyễn Văn An', idNumber: '087190000001' },
    formData: birthForm,
    contact: { phone: '0912345678', notifySms: true },
    returnChannel: 'DESK',
    ...overrides,
  });

  it('files online, snapshots the procedure, and answers a repeated key with the same dossier', async () => {
    const first = await stack.ask(who.citizen(), SUBMIT, { input: input(), key: 'file-1' });
    expect(first.errors).toBeUndefined();
    const dossier = first.data?.submitDossier;
    expect(dossier).toMatchObject({
      status: 'NEWLY_FILED',
      channel: 'ONLINE',
      assistedBy: null,
      procedure: { code: '1.001193' },
      unit: { code: '30226' },
      returnChannel: 'DESK',
      history: [{ action: 'SUBMIT', toStatus: 'NEWLY_FILED', actorRole: 'CITIZEN' }],
    });
    expect(dossier.code).toMatch(/^000\.00\.\d+\.H20-\d{6}-\d{4}$/);
    const again = await stack.ask(who.citizen(), SUBMIT, { input: input(), key: 'file-1' });
    expect(again.data?.submitDossier.code).toBe(dossier.code);
    const changed = await stack.ask(who.citizen(), SUBMIT, {
      input: input({ returnChannel: 'ONLINE' }),
      key: 'file-1',
    });
    expect(changed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Another citizen's identical key is another filing.
    const other = await stack.ask(who.citizen('citizen-2'), SUBMIT, { input: input(), key: 'file-1' });
    expect(other.data?.submitDossier.code).not.toBe(dossier.code);
  });

  it('fixes the appointment at receipt from the catalogue working-day calendar', async () => {
    const filed = await stack.ask(who.citizen(), SUBMIT, { input: input(), key: 'file-2' });
    const code = filed.data?.submitDossier.code;
    const received = await stack.ask(
      who.officer(),
      'mutation($code: ID!) { receiveDossier(code: $code) { receivedAt appointmentDate deadline } }',
      { code },
    );
    expect(received.errors).toBeUndefined();
    const { receivedAt, appointmentDate, deadline } = received.data?.receiveDossier ?? {};
    const procedure = await stack.deps.catalogue.procedure('1.001193');
    const online = procedure?.methods.find((m) => m.method === 'ONLINE');
    if (!online?.duration) throw new Error('birth registration online has a duration');
    const expected = await stack.deps.catalogue.appointmentFor(new Date(receivedAt), online.duration);
    expect(appointmentDate).toBe(expected.toISOString());
    expect(deadline).toBe(expected.toISOString());
  });

  it('refuses bad filings with a clear message and creates nothing', async () => {
    const [before] = await stack.db.execute<{ n: number }>(sql`select count(*)::int as n from dossiers`);
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ formData: [] }, /Tờ khai chưa hợp lệ: .*là bắt buộc/],
      [{ formData: [...birthForm, { key: 'khongCo', value: 'x' }] }, /khongCo không có trong tờ khai/],
      [{ applicant: { kind: 'PERSON', name: 'An', idNumber: '12345' } }, /12 chữ số/],
      [
        { applicant: { kind: 'ORGANIZATION', name: 'Trường Tiểu học Tân Thành' } },
        /mã số thuế hoặc mã cơ quan/,
      ],
      [{ contact: { email: 'khong-hop-le' } }, /thư điện tử không hợp lệ/],
      [{ contact: null }, /số điện thoại hoặc thư điện tử/],
      [{ contact: { email: 'a@b.vn', notifySms: true } }, /SMS cần có số điện thoại/],
      [{ returnChannel: 'POST' }, /bưu chính cần tên người nhận/],
      [{ procedureCode: '9.999999' }, /Không có thủ tục/],
      [{ unitCode: '99999' }, /Không có đơn vị/],
      [{ attachmentIds: ['00000000-0000-0000-0000-000000000000'] }, /Không tìm thấy tệp đính kèm/],
    ];
    for (const [overrides, message] of cases) {
      const answer = await stack.ask(who.citizen(), SUBMIT, {
        input: input(overrides),
        key: `bad-${message.source}`,
      });
      expect(answer.errors?.[0]?.extensions?.code, message.source).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toMatch(message);
    }
    const [after] = await stack.db.execute<{ n: number }>(sql`select count(*)::int as n from dossiers`);
    expect(after?.n).toBe(before?.n);
  });

  it('records the assisting volunteer and the desk officer, and lists them in the unit queue', async () => {
    const assisted = await stack.ask(who.volunteer('30226', 'sv-nguyen'), SUBMIT, {
      input: input(),
      key: 'vol-1',
    });
    expect(assisted.data?.submitDossier).toMatchObject({ channel: 'ONLINE', assistedBy: 'sv-nguyen' });
    const desk = await stack.ask(who.officer(), SUBMIT, {
      input: input({
        channel: 'IN_PERSON',
        formData: [],
        applicant: {
          kind: 'ORGANIZATION',
          name: 'Trường THCS Tân Thành',
          organizationCode: '000.00.91.H20.001',
        },
      }),
      key: 'desk-1',
    });
    expect(desk.errors).toBeUndefined();
    expect(desk.data?.submitDossier).toMatchObject({ channel: 'IN_PERSON', assistedBy: null });
    const queue = await stack.ask(
      who.officer(),
      '{ dossiers(unitCode: "30226", filter: { assisted: true }) { nodes { code assistedBy } } }',
    );
    expect(queue.data?.dossiers.nodes).toEqual([
      { code: assisted.data?.submitDossier.code, assistedBy: 'sv-nguyen' },
    ]);
    const mine = await stack.ask(who.volunteer('30226', 'sv-nguyen'), '{ myDossiers { nodes { code } } }');
    expect(mine.data?.myDossiers.nodes).toEqual([{ code: assisted.data?.submitDossier.code }]);
  });

  it('gives 200 concurrent filings at one agency 200 distinct consecutive codes', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        stack.ask(who.citizen(`burst-${index}`), SUBMIT, { input: input(), key: `burst-${index}` }),
      ),
    );
    expect(answers.filter((answer) => answer.errors)).toEqual([]);
    const sequence = answers
      .map((answer) => Number(answer.data?.submitDossier.code.split('-').at(-1)))
      .sort((a, b) => a - b);
    expect(new Set(sequence).size).toBe(200);
    expect((sequence.at(-1) ?? 0) - (sequence[0] ?? 0)).toBe(199);
  });

  it('loads the demonstration dossiers through the same rules, with catalogue appointments', async () => {
    const empty = await startStack();
    try {
      expect(await loadDemoDossiers(empty.db, 'demo', empty.deps.catalogue)).toBe(8);
      expect(await loadDemoDossiers(empty.db, 'demo', empty.deps.catalogue)).toBe(0);
      const rows = await empty.db.execute<{
        received_at: Date;
        due_at: Date;
        duration: WorkingDuration;
      }>(sql`select received_at, due_at, procedure->'duration' as duration from dossiers`);
      for (const row of rows) {
        expect(new Date(row.due_at).toISOString()).toBe(
          (
            await empty.deps.catalogue.appointmentFor(new Date(row.received_at), {
              ...row.duration,
              cutoff: row.duration.cutoff ?? null,
            })
          ).toISOString(),
        );
      }
    } finally {
      await empty.stop();
    }
  });
});
