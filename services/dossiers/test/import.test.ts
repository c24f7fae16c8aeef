import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLegacyDossiers } from '../src/import/legacy';
import { startStack, who } from './support';

const row = (code: string, history: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    code,
    unitCode: '876',
    unitPath: ['876', '87'],
    agencyCode: '000.00.11.H20',
    procedureCode: '1.001193',
    procedureVersion: 1,
    channel: 'IN_PERSON',
    returnChannel: 'DESK',
    feeVnd: 0,
    applicant: { kind: 'PERSON', name: 'Nguyễn Văn A', idNumber: '087190000001' },
    assistedBy: null,
    history,
    ...extra,
  });

const onTime = [
  {
    at: '2019-01-07T01:30:00Z',
    action: 'RECEIVE',
    actorRole: 'OFFICER',
    appointmentAt: '2019-01-10T01:30:00Z',
  },
  { at: '2019-01-08T03:00:00Z', action: 'START_PROCESSING', actorRole: 'OFFICER' },
  { at: '2019-01-09T08:00:00Z', action: 'RESOLVE', actorRole: 'OFFICER' },
  { at: '2019-01-10T02:00:00Z', action: 'RETURN_RESULT', actorRole: 'OFFICER', returnChannel: 'POST' },
];
const twiceSupplemented = [
  { at: '2019-02-11T01:00:00Z', action: 'SUBMIT', actorRole: 'CITIZEN' },
  {
    at: '2019-02-11T02:00:00Z',
    action: 'RECEIVE',
    actorRole: 'OFFICER',
    appointmentAt: '2019-02-14T02:00:00Z',
  },
  { at: '2019-02-12T02:00:00Z', action: 'REQUEST_SUPPLEMENT', actorRole: 'OFFICER', items: ['Bản sao CCCD'] },
  {
    at: '2019-02-13T02:00:00Z',
    action: 'SUPPLEMENT',
    actorRole: 'CITIZEN',
    appointmentAt: '2019-02-18T02:00:00Z',
  },
  {
    at: '2019-02-13T03:00:00Z',
    action: 'REQUEST_SUPPLEMENT',
    actorRole: 'OFFICER',
    items: ['Giấy chứng sinh'],
  },
  {
    at: '2019-02-13T04:00:00Z',
    action: 'SUPPLEMENT',
    actorRole: 'CITIZEN',
    appointmentAt: '2019-02-18T04:00:00Z',
  },
  { at: '2019-02-14T04:00:00Z', action: 'RESOLVE', actorRole: 'OFFICER' },
];

describe('import of legacy history', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.stop());

  it('replays rows with their real times, writes the events a desk would, skips re-runs and reports bad rows', async () => {
    const ndjson = [
      row('000.00.11.H20-190107-0001', onTime),
      row('000.00.11.H20-190211-0001', twiceSupplemented),
      '{ not json',
      row('000.00.11.H20-190107-0002', [{ ...onTime[0] }, { ...onTime[2] }, { ...onTime[1] }]),
      row('000.00.11.H20-190107-0003', [onTime[0], onTime[3]]),
      row('000.00.11.H20-190107-0004', onTime, { procedureCode: '9.999999' }),
      row('BAD', onTime),
      '',
      row('000.00.11.H20-190107-0005', [
        onTime[0],
        {
          at: '2019-01-09T00:00:00Z',
          action: 'STOP',
          actorRole: 'OFFICER',
          reason: 'Người nộp không bổ sung',
        },
      ]),
    ].join('\n');
    const report = await importLegacyDossiers(stack.deps, ndjson, 'NDJSON');
    expect(report.imported).toBe(3);
    expect(report.skipped).toBe(0);
    expect(report.rejected.map((r) => [r.line, r.code])).toEqual([
      [3, null],
      [4, '000.00.11.H20-190107-0002'],
      [5, '000.00.11.H20-190107-0003'],
      [6, '000.00.11.H20-190107-0004'],
      [7, 'BAD'],
    ]);
    expect(report.rejected[1]?.reason).toMatch(/earlier than the step before/);
    expect(report.rejected[2]?.reason).toMatch(/RETURN_RESULT is not allowed from status 2/);
    expect(report.rejected[3]?.reason).toMatch(/unknown procedure 9.999999/);

    const again = await importLegacyDossiers(stack.deps, ndjson, 'NDJSON');
    expect(again).toMatchObject({ imported: 0, skipped: 3 });

    const answer = await stack.ask(
      who.leader('876'),
      '{ a: dossier(code: "000.00.11.H20-190107-0001") { status timeliness receivedAt returnedAt returnChannel history { at action actorRole } } b: dossier(code: "000.00.11.H20-190211-0001") { timeliness supplementCount } }',
    );
    expect(answer.data?.a).toMatchObject({
      status: 'RESULT_RETURNED',
      timeliness: 'EARLY',
      receivedAt: '2019-01-07T01:30:00.000Z',
      returnedAt: '2019-01-10T02:00:00.000Z',
      returnChannel: 'POST',
    });
    expect(answer.data?.a.history.map((h: { action: string }) => h.action)).toEqual([
      'RECEIVE',
      'START_PROCESSING',
      'RESOLVE',
      'RETURN_RESULT',
    ]);
    expect(answer.data?.b).toEqual({ timeliness: 'LATE', supplementCount: 2 });

    const events = await stack.db.execute<{ type: string; at: string }>(
      sql`select type, payload->>'at' as at from outbox where payload->>'dossierCode' = '000.00.11.H20-190107-0001' order by position`,
    );
    expect(events.map((e) => e.type)).toEqual([
      'dossier.received.v1',
      'dossier.processing-started.v1',
      'dossier.resolved.v1',
      'dossier.result-returned.v1',
    ]);
    expect(events[0]?.at).toBe('2019-01-07T01:30:00.000Z');
  });

  it("refuses rows of units this instance does not serve, naming the unit, and loads its own units' rows", async () => {
    const commune = { ...stack.deps, servedUnits: new Set(['30226']) };
    const ndjson = [
      row('000.00.91.H20-190401-0001', onTime, {
        unitCode: '30226',
        unitPath: ['30226', '876', '87'],
        agencyCode: '000.00.91.H20',
      }),
      row('000.00.11.H20-190401-0001', onTime),
      row('000.00.92.H20-190401-0001', onTime, {
        unitCode: '30208',
        unitPath: ['30208', '876', '87'],
        agencyCode: '000.00.92.H20',
      }),
    ].join('\n');
    const report = await importLegacyDossiers(commune, ndjson, 'NDJSON');
    expect(report.imported).toBe(1);
    expect(report.rejected).toEqual([
      {
        line: 2,
        code: '000.00.11.H20-190401-0001',
        reason: expect.stringMatching(/^unit 876 is not served by this instance \(it serves 30226\)/),
      },
      {
        line: 3,
        code: '000.00.92.H20-190401-0001',
        reason: expect.stringMatching(/^unit 30208 is not served by this instance/),
      },
    ]);
    const [held] = await stack.db.execute<{ codes: string[] }>(
      sql`select array_agg(code order by code) as codes from dossiers where code like '%-190401-%'`,
    );
    expect(held?.codes).toEqual(['000.00.91.H20-190401-0001']);
  });

  it('reads the same rows from CSV, nested fields as JSON cells', async () => {
    const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
    const header =
      'code,unitCode,unitPath,agencyCode,procedureCode,procedureVersion,channel,returnChannel,feeVnd,applicant,assistedBy,history';
    const line = [
      '000.00.11.H20-190301-0001',
      '876',
      quote('["876","87"]'),
      '000.00.11.H20',
      '1.001193',
      '1',
      'ONLINE',
      'DESK',
      '0',
      quote('{"kind":"PERSON","name":"Lê Thị Bé, con","idNumber":"087190000002"}'),
      quote('"sv-tran"'),
      quote(
        JSON.stringify([
          { at: '2019-03-01T01:00:00Z', action: 'SUBMIT', actorRole: 'VOLUNTEER' },
          {
            at: '2019-03-01T02:00:00Z',
            action: 'RECEIVE',
            actorRole: 'OFFICER',
            appointmentAt: '2019-03-01T10:00:00Z',
          },
        ]),
      ),
    ].join(',');
    const report = await importLegacyDossiers(stack.deps, `${header}\n${line}\n`, 'CSV');
    expect(report).toEqual({ imported: 1, skipped: 0, rejected: [] });
    const answer = await stack.ask(
      who.officer('876'),
      '{ dossier(code: "000.00.11.H20-190301-0001") { status channel assistedBy } }',
    );
    expect(answer.data?.dossier).toEqual({ status: 'ACCEPTED', channel: 'ONLINE', assistedBy: 'sv-tran' });
  });
});
