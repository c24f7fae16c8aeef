import type { Identity } from '@dvc/identity';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierHistory, dossiers, outbox } from '../src/db/schema';
import { importLegacyDossiers, parseLegacyRows } from '../src/import/legacy';
import { fileDirect, startStack, who } from './support';

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

  it('reports a malformed CSV record on the line it starts, and reads the records before it', () => {
    const rows = parseLegacyRows('code,unitCode\nA,876\nB,"87\n6\nC,876\n', 'CSV');
    expect(rows).toEqual([
      { line: 2, value: { code: 'A', unitCode: '876' } },
      { line: 3, value: null, error: expect.stringMatching(/^not valid CSV: .*Quote Not Closed/i) },
    ]);
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
      // A quoted cell may span lines: the next record's line number still counts them.
      quote('{"kind":"PERSON",\r\n"name":"Lê Thị Bé, con","idNumber":"087190000002"}'),
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
    const broken = line.replace('190301-0001', '190301-0002').replace(quote('["876","87"]'), quote('["876"'));
    const report = await importLegacyDossiers(stack.deps, `${header}\r\n${line}\r\n${broken}\r\n`, 'CSV');
    expect(report).toEqual({
      imported: 1,
      skipped: 0,
      rejected: [{ line: 4, code: null, reason: 'a JSON cell is not valid JSON' }],
    });
    const answer = await stack.ask(
      who.officer('876'),
      '{ dossier(code: "000.00.11.H20-190301-0001") { status channel assistedBy } }',
    );
    expect(answer.data?.dossier).toEqual({ status: 'ACCEPTED', channel: 'ONLINE', assistedBy: 'sv-tran' });
  });
});

// The supplementation policy is the instance's, for a live desk and an import alike: both are replayed.
describe.each(['RESTART', 'PAUSE'])(
  'a live dossier replayed through the import, supplement policy %s',
  (policy) => {
    let stack: Awaited<ReturnType<typeof startStack>>;
    beforeAll(async () => {
      stack = await startStack({ SUPPLEMENT_POLICY: policy });
    });
    afterAll(async () => stack?.stop());

    it("replays a live dossier's history through the import into the same dossier, history and events", async () => {
      const procedure = await stack.deps.catalogue.procedure('1.001193');
      const method = procedure?.methods.find((m) => m.method === 'IN_PERSON');
      if (!procedure || !method) throw new Error('the catalogue lacks 1.001193 at the desk');
      const desk = await stack.deps.catalogue.unit('30226');
      if (!desk) throw new Error('the catalogue lacks unit 30226');
      const live = await fileDirect(stack.deps, {
        unitCode: desk.code,
        unitPath: desk.path,
        channel: 'IN_PERSON',
        // As a filing snapshots it, so that the import's snapshot of the same procedure can equal it.
        procedure: {
          name: procedure.name,
          method: method.method,
          duration: method.duration,
          feeVnd: method.fee?.amountVnd ?? 0,
          feeDescription: method.fee?.description ?? null,
          feeKind: method.fee?.kind ?? 'FREE',
        },
      });
      const newAppointmentAt = new Date(Date.now() + 40 * 86_400_000).toISOString();
      // Each live mutation beside the legacy step that records it: the inputs a desk typed, in the record's words.
      const script: Array<[Identity, string, Record<string, unknown>]> = [
        [who.officer(), 'receiveDossier(code: $code)', { action: 'RECEIVE' }],
        [
          who.officer(),
          'requestSupplement(code: $code, input: { items: ["Bản sao giấy chứng sinh"], note: "Thiếu bản sao" })',
          { action: 'REQUEST_SUPPLEMENT', items: ['Bản sao giấy chứng sinh'], note: 'Thiếu bản sao' },
        ],
        [
          who.citizen(),
          'supplementDossier(code: $code, input: { note: "Đã nộp bản sao" })',
          { action: 'SUPPLEMENT', note: 'Đã nộp bản sao' },
        ],
        [who.officer(), 'startProcessing(code: $code)', { action: 'START_PROCESSING' }],
        [
          who.officer(),
          `apologizeForDelay(code: $code, input: { newAppointmentAt: "${newAppointmentAt}", reason: "Chờ xác minh" })`,
          { action: 'APOLOGIZE', appointmentAt: newAppointmentAt, reason: 'Chờ xác minh' },
        ],
        [
          who.officer(),
          'transferDossier(code: $code, input: { toUnitCode: "30208", note: "Liên thông" })',
          { action: 'TRANSFER', toUnitCode: '30208', note: 'Liên thông' },
        ],
        [
          who.officer('30208'),
          'requestPayment(code: $code, input: { amountVnd: 8000 })',
          { action: 'REQUEST_PAYMENT', amountVnd: 8000 },
        ],
        [who.officer('30208'), 'recordPayment(code: $code, input: { online: false })', { action: 'PAY' }],
        [
          who.officer('30208'),
          'resolveDossier(code: $code, input: { summary: "Cấp giấy khai sinh" })',
          { action: 'RESOLVE', note: 'Cấp giấy khai sinh' },
        ],
        [
          who.officer('30208'),
          'returnResult(code: $code, input: { returnChannel: POST })',
          { action: 'RETURN_RESULT', returnChannel: 'POST' },
        ],
      ];
      for (const [identity, mutation] of script) {
        const answer = await stack.ask(identity, `mutation($code: ID!) { ${mutation} { code } }`, {
          code: live,
        });
        expect(answer.errors, mutation).toBeUndefined();
      }

      const dossierOf = async (code: string) =>
        (await stack.db.select().from(dossiers).where(eq(dossiers.code, code)))[0];
      const historyOf = (code: string) =>
        stack.db
          .select()
          .from(dossierHistory)
          .where(eq(dossierHistory.dossierCode, code))
          .orderBy(asc(dossierHistory.id));
      const eventsOf = (code: string) =>
        stack.db
          .select()
          .from(outbox)
          .where(sql`${outbox.payload}->>'dossierCode' = ${code}`)
          .orderBy(asc(outbox.position));
      const filed = await dossierOf(live);
      const liveHistory = await historyOf(live);
      if (!filed) throw new Error('no live dossier');
      const imported = live.replace(/-(\d+)$/, '-9$1');
      const report = await importLegacyDossiers(
        stack.deps,
        row(
          imported,
          liveHistory.map((entry, index) => ({
            at: entry.at.toISOString(),
            actorRole: entry.actorRole,
            ...(index === 0 ? { action: 'SUBMIT' } : script[index - 1]?.[2]),
          })),
          {
            unitCode: desk.code,
            unitPath: desk.path,
            agencyCode: live.split('-')[0],
            channel: filed.channel,
            feeVnd: filed.procedure.feeVnd,
            applicant: { kind: 'PERSON', name: filed.applicantName, idNumber: filed.applicantIdNumber },
          },
        ),
        'NDJSON',
      );
      expect(report).toEqual({ imported: 1, skipped: 0, rejected: [] });

      // What legitimately differs: the code, who acted (a legacy record names roles, not accounts), the account
      // that owns the dossier online, its tracking PIN, when the rows were written, and the import's own mark.
      const comparable = {
        dossier: ({
          code,
          ownerSub,
          filedBySub,
          trackingPin,
          importedAt,
          createdAt,
          updatedAt,
          ...rest
        }: typeof filed) => rest,
        history: ({
          id,
          dossierCode,
          actorSub,
          actorUnitCode,
          details,
          ...rest
        }: (typeof liveHistory)[number]) => ({
          ...rest,
          details: { ...details, imported: undefined },
        }),
        event: ({ type, occurredAt, payload }: Awaited<ReturnType<typeof eventsOf>>[number]) => ({
          type,
          occurredAt,
          payload: { ...(payload as object), dossierCode: undefined },
        }),
      };
      const copy = await dossierOf(imported);
      if (!copy) throw new Error('no imported dossier');
      expect(copy.importedAt).not.toBeNull();
      expect(comparable.dossier(copy)).toEqual(comparable.dossier(filed));
      expect((await historyOf(imported)).map(comparable.history)).toEqual(
        liveHistory.map(comparable.history),
      );
      const liveEvents = await eventsOf(live);
      expect(liveEvents.map((event) => event.type)).toContain('dossier.resolved.v1');
      expect((await eventsOf(imported)).map(comparable.event)).toEqual(liveEvents.map(comparable.event));
    });
  },
);
