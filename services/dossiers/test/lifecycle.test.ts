import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge } from '../src/rules/timeliness';
import { fileDirect, startStack, who } from './support';

const FIELDS =
  'code status statusCode timeliness appointmentDate supplementCount history { action fromStatus toStatus actorRole note }';
const M = {
  receive: `mutation($code: ID!) { receiveDossier(code: $code) { ${FIELDS} } }`,
  refuse: `mutation($code: ID!) { refuseDossier(code: $code, input: { reason: "Thiếu giấy khai sinh" }) { ${FIELDS} } }`,
  supplement: `mutation($code: ID!) { requestSupplement(code: $code, input: { items: ["Bản sao giấy chứng sinh"] }) { ${FIELDS} } }`,
  supplemented: `mutation($code: ID!) { supplementDossier(code: $code, input: { note: "Đã nộp bản sao" }) { ${FIELDS} } }`,
  start: `mutation($code: ID!) { startProcessing(code: $code) { ${FIELDS} } }`,
  pay: `mutation($code: ID!) { requestPayment(code: $code, input: { amountVnd: 8000 }) { ${FIELDS} } }`,
  paid: `mutation($code: ID!) { recordPayment(code: $code, input: { online: false }) { ${FIELDS} } }`,
  resolve: `mutation($code: ID!) { resolveDossier(code: $code, input: { summary: "Cấp giấy khai sinh" }) { ${FIELDS} } }`,
  returnResult: `mutation($code: ID!) { returnResult(code: $code, input: { returnChannel: DESK }) { ${FIELDS} } }`,
  withdraw: `mutation($code: ID!) { withdrawDossier(code: $code) { ${FIELDS} } }`,
  stop: `mutation($code: ID!) { stopProcessing(code: $code, input: { reason: "Người nộp không bổ sung" }) { ${FIELDS} } }`,
};

describe('the dossier lifecycle', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.stop());

  const count = async (table: string, code: string) => {
    const column = table === 'outbox' ? sql.raw(`payload->>'dossierCode'`) : sql.raw('dossier_code');
    const [row] = await stack.db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.raw(table)} where ${column} = ${code}`,
    );
    return row?.n;
  };

  it('walks receive, one supplement, processing, payment, resolution and return, writing history and events', async () => {
    const code = await fileDirect(stack.deps);
    const officer = who.officer();
    const steps: Array<[keyof typeof M, string]> = [
      ['receive', 'ACCEPTED'],
      ['supplement', 'SUPPLEMENT_REQUESTED'],
      ['supplemented', 'ACCEPTED'],
      ['start', 'IN_PROGRESS'],
      ['pay', 'PAYMENT_REQUESTED'],
      ['paid', 'IN_PROGRESS'],
      ['resolve', 'PROCESSING_FINISHED'],
      ['returnResult', 'RESULT_RETURNED'],
    ];
    for (const [step, status] of steps) {
      const identity = step === 'supplemented' ? who.citizen() : officer;
      const answer = await stack.ask(identity, M[step], { code });
      expect(answer.errors, step).toBeUndefined();
      expect(Object.values(answer.data ?? {})[0].status, step).toBe(status);
    }
    const final = await stack.ask(officer, `query($code: ID!) { dossier(code: $code) { ${FIELDS} } }`, {
      code,
    });
    expect(final.data?.dossier.statusCode).toBe(10);
    expect(final.data?.dossier.timeliness).toBe('ON_TIME');
    expect(final.data?.dossier.history.map((h: { action: string }) => h.action)).toEqual([
      'SUBMIT',
      'RECEIVE',
      'REQUEST_SUPPLEMENT',
      'SUPPLEMENT',
      'START_PROCESSING',
      'REQUEST_PAYMENT',
      'PAY',
      'RESOLVE',
      'RETURN_RESULT',
    ]);
    expect(final.data?.dossier.history[3]).toMatchObject({
      fromStatus: 'SUPPLEMENT_REQUESTED',
      toStatus: 'ACCEPTED',
      actorRole: 'CITIZEN',
    });
    expect(await count('dossier_history', code)).toBe(9);
    expect(await count('outbox', code)).toBe(9);
  });

  it('refuses illegal transitions and bad input with a clear error, changing nothing', async () => {
    const fresh = await fileDirect(stack.deps);
    const resolved = await fileDirect(stack.deps);
    for (const step of ['receive', 'start', 'resolve'] as const)
      await stack.ask(who.officer(), M[step], { code: resolved });
    const supplemented = await fileDirect(stack.deps);
    for (const step of ['receive', 'supplement', 'supplemented'] as const) {
      await stack.ask(step === 'supplemented' ? who.citizen() : who.officer(), M[step], {
        code: supplemented,
      });
    }
    const table: Array<[string, string, string, RegExp]> = [
      [fresh, 'start', 'BAD_USER_INPUT', /Không thể bắt đầu xử lý/],
      [fresh, 'resolve', 'BAD_USER_INPUT', /Không thể hoàn thành xử lý/],
      [fresh, 'returnResult', 'BAD_USER_INPUT', /Không thể trả kết quả/],
      [fresh, 'paid', 'BAD_USER_INPUT', /Không thể ghi nhận đã nộp/],
      [fresh, 'supplemented', 'BAD_USER_INPUT', /Không thể bổ sung/],
      [resolved, 'receive', 'BAD_USER_INPUT', /Không thể tiếp nhận/],
      [resolved, 'refuse', 'BAD_USER_INPUT', /Không thể từ chối/],
      [resolved, 'withdraw', 'BAD_USER_INPUT', /Không thể rút hồ sơ/],
      [resolved, 'stop', 'BAD_USER_INPUT', /Không thể dừng/],
      [supplemented, 'supplement', 'CONFLICT', /chỉ cho phép yêu cầu bổ sung một lần/],
    ];
    for (const [code, step, expected, message] of table) {
      const before = await count('dossier_history', code);
      const answer = await stack.ask(who.officer(), M[step as keyof typeof M], { code });
      expect(answer.errors?.[0]?.extensions?.code, `${step} on ${code}`).toBe(expected);
      expect(answer.errors?.[0]?.message).toMatch(message);
      expect(await count('dossier_history', code)).toBe(before);
    }
    const bad: Array<[string, Record<string, unknown>, RegExp]> = [
      [
        `mutation($code: ID!) { refuseDossier(code: $code, input: { reason: "  " }) { code } }`,
        { code: fresh },
        /lý do từ chối/,
      ],
      [
        `mutation($code: ID!) { requestSupplement(code: $code, input: { items: [] }) { code } }`,
        { code: fresh },
        /liệt kê giấy tờ/,
      ],
      [
        `mutation($code: ID!) { transferDossier(code: $code, input: {}) { code } }`,
        { code: supplemented },
        /Chọn một cán bộ/,
      ],
      [`mutation { receiveDossier(code: "KHONG-CO") { code } }`, {}, /Không tìm thấy hồ sơ/],
    ];
    for (const [query, variables, message] of bad) {
      const answer = await stack.ask(who.officer(), query, variables);
      expect(answer.errors?.[0]?.message).toMatch(message);
    }
    const [state] = await stack.db.execute<{ status: number }>(
      sql`select status from dossiers where code = ${fresh}`,
    );
    expect(state?.status).toBe(1);
  });

  it('transfers to another agency, which then owns the dossier, while the receiving desk keeps sight of it', async () => {
    const code = await fileDirect(stack.deps);
    await stack.ask(who.officer(), M.receive, { code });
    const moved = await stack.ask(
      who.officer(),
      `mutation($code: ID!) { transferDossier(code: $code, input: { toUnitCode: "30208", note: "Liên thông" }) { unit { code } status } }`,
      { code },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.transferDossier).toEqual({ unit: { code: '30208' }, status: 'ACCEPTED' });
    expect((await stack.ask(who.officer(), M.start, { code })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await stack.ask(who.officer('30208'), M.start, { code })).data?.startProcessing.status).toBe(
      'IN_PROGRESS',
    );
  });

  it('keeps lateness on the original appointment after an apology', async () => {
    const due = new Date(Date.now() - 2 * 86_400_000);
    const code = await fileDirect(stack.deps, {
      status: 4,
      receivedAt: new Date(Date.now() - 5 * 86_400_000),
      dueAt: due,
      appointmentAt: due,
    });
    const listed = await stack.ask(
      who.officer(),
      `{ dossiers(unitCode: "30226", filter: { due: OVERDUE }) { nodes { code timeliness } } }`,
    );
    expect(listed.data?.dossiers.nodes).toContainEqual({ code, timeliness: 'OVERDUE' });
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const apology = await stack.ask(
      who.officer(),
      `mutation($code: ID!, $at: DateTime!) { apologizeForDelay(code: $code, input: { newAppointmentAt: $at, reason: "Chờ xác minh" }) { appointmentDate deadline } }`,
      { code, at: later },
    );
    expect(apology.errors).toBeUndefined();
    expect(apology.data?.apologizeForDelay).toEqual({ appointmentDate: later, deadline: due.toISOString() });
    expect((await stack.ask(who.officer(), M.resolve, { code })).data?.resolveDossier.timeliness).toBe(
      'LATE',
    );
  });
});

describe('timeliness by calendar day in Vietnam', () => {
  it('judges early, on time and late, and late after more than one supplementation', () => {
    const due = new Date('2026-03-05T03:00:00Z'); // 10:00 on 5 March in Vietnam
    expect(judge(due, new Date('2026-03-04T09:59:00Z'), 0)).toBe('EARLY');
    expect(judge(due, new Date('2026-03-05T09:00:00Z'), 0)).toBe('ON_TIME'); // 16:00 the same day
    expect(judge(due, new Date('2026-03-05T17:30:00Z'), 0)).toBe('LATE'); // 00:30 on 6 March
    expect(judge(due, new Date('2026-03-04T00:00:00Z'), 2)).toBe('LATE');
    expect(judge(null, new Date(), 0)).toBe('ON_TIME');
  });
});
