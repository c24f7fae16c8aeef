import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { moveUnit, openDossiersDatabase, startFakePaymentProvider } from '@dvc/dossiers';
import { subgraphRequest } from '@dvc/test-fixtures';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BIRTH_CERTIFICATE,
  birthCertificateScan,
  type Federation,
  fillRequiredFields,
  graphql,
  startFederation,
} from './federation';

/**
 * Xã Hòa Long (30208, agency 000.00.92.H20) starts its own dossiers server: its dossiers move there from the
 * district's instance while people keep filing, and the gateway then sends the unit to the new server.
 */
const HOA_LONG = { name: 'hoa-long', units: ['30208'], agencyCodes: ['000.00.92.H20'] };
const AGENCY = '000.00.92.H20';
const SECRET = 'move-unit-payment-secret-0123456789';
/** Birth registration (free) and a certified copy (8.000 đồng per copy, paid online). */
const FREE = '1.001193';
const PAID = '2.000635';
const DOSSIER = `code status history { action toStatus actorRole } attachments { id fileName sha256 }
  payments { reference status } electronicResult { downloadUrl document { verificationCode } }`;

type Sql = ReturnType<typeof postgres>;

describe('moving a unit’s dossiers to another instance', () => {
  let federation: Federation;
  let fake: Awaited<ReturnType<typeof startFakePaymentProvider>>;
  let district: Sql;
  let commune: Sql;
  let citizen: string;
  let officer: string;
  const files = { district: '', commune: '' };
  const forms = new Map<string, Array<{ key: string; value: string }>>();

  const url = () => federation.gateway.url;
  const communeInstance = () => federation.instances[0] as (typeof federation.instances)[number];

  async function ask(token: string, query: string, variables: Record<string, unknown> = {}) {
    return graphql(url(), query, { token, variables });
  }

  async function formFor(procedureCode: string) {
    const known = forms.get(procedureCode);
    if (known) return known;
    const answer = await graphql(
      url(),
      'query($code: ID!) { procedure(code: $code) { forms { fields { key type required options { value } } } } }',
      { variables: { code: procedureCode } },
    );
    const formData = fillRequiredFields(
      answer.data.procedure.forms.flatMap((form: { fields: never[] }) => form.fields),
    );
    forms.set(procedureCode, formData);
    return formData;
  }

  async function fileRequest(
    unitCode: string,
    key: string,
    procedureCode = FREE,
    attachmentIds: string[] = [],
  ) {
    // Birth registration needs the birth certificate: a given file, or a scan uploaded to the unit's server.
    const documents =
      procedureCode !== FREE
        ? []
        : attachmentIds.length > 0
          ? [{ name: BIRTH_CERTIFICATE, attachmentIds }]
          : await birthCertificateScan(url(), citizen, unitCode);
    return formFor(procedureCode).then((formData) =>
      ask(
        citizen,
        'mutation($input: SubmitDossierInput!, $key: ID!) { submitDossier(input: $input, idempotencyKey: $key) { code } }',
        {
          key,
          input: {
            procedureCode,
            unitCode,
            applicant: { kind: 'PERSON', name: 'Huỳnh Thị Kim Loan', idNumber: '087190000555' },
            formData,
            documents,
            attachmentIds: procedureCode === FREE ? [] : attachmentIds,
            contact: { phone: '0912345678', notifySms: true },
            returnChannel: 'ONLINE',
          },
        },
      ),
    );
  }

  async function file(unitCode: string, key: string, procedureCode = FREE, attachmentIds: string[] = []) {
    const answer = await fileRequest(unitCode, key, procedureCode, attachmentIds);
    expect(answer.errors, key).toBeUndefined();
    return answer.data.submitDossier.code as string;
  }

  async function step(token: string, code: string, mutation: string) {
    const answer = await ask(token, `mutation($code: ID!) { step: ${mutation} { status } }`, { code });
    expect(answer.errors, mutation).toBeUndefined();
    return answer.data.step.status as string;
  }

  async function upload(token: string, content: string) {
    const target = (await ask(token, 'mutation { createUploadUrl { url } }')).data.createUploadUrl.url;
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(content)], { type: 'application/pdf' }), 'giay-to.pdf');
    const stored = (await (await fetch(target, { method: 'POST', body: form })).json()) as { id: string };
    return stored.id;
  }

  async function waitForRegistry(check: (instances: Array<{ instance: string; units: unknown }>) => boolean) {
    const admin = await federation.token('ADMIN');
    const deadline = Date.now() + 15_000;
    for (;;) {
      const response = await fetch(url().replace(/\/graphql$/, '/registry'), {
        headers: { authorization: `Bearer ${admin}` },
      });
      const body = (await response.json()) as { dossiers: Array<{ instance: string; units: unknown }> };
      if (check(body.dossiers)) return;
      if (Date.now() > deadline) throw new Error('the gateway did not reread the registry');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  const codesOf = async (sql: Sql, unit: string) =>
    (
      await sql<
        { code: string }[]
      >`select code from dossiers where receiving_unit_code = ${unit} order by code`
    ).map((row) => row.code);

  const move = (unit: string, log: string[] = []) => {
    const source = openDossiersDatabase(federation.databaseUrls.dossiers, 4);
    const target = openDossiersDatabase(communeInstance().databaseUrl, 4);
    return moveUnit({
      source: source.db,
      target: target.db,
      unit,
      fromFiles: files.district,
      toFiles: files.commune,
      registryPath: federation.registryPath as string,
      toInstance: HOA_LONG.name,
      toUrl: communeInstance().url,
      log: (line) => log.push(line),
    }).finally(() => Promise.all([source.close(), target.close()]));
  };

  beforeAll(async () => {
    files.district = mkdtempSync(join(tmpdir(), 'dvc-files-district-'));
    files.commune = mkdtempSync(join(tmpdir(), 'dvc-files-commune-'));
    fake = await startFakePaymentProvider({ merchantCode: 'DVC', secret: SECRET });
    const payments = { PAYMENT_PROVIDER_URL: fake.url, PAYMENT_SECRET: SECRET };
    federation = await startFederation({
      seedDemo: false,
      dossiersEnv: { ATTACHMENTS_DIR: files.district, ...payments },
      dossiersInstances: [
        // Started for Hòa Long and Lai Vung, but not in the registry yet: the district serves both units.
        { ...HOA_LONG, env: { ATTACHMENTS_DIR: files.commune, SERVED_UNITS: '30208,30226', ...payments } },
      ],
    });
    writeFileSync(
      federation.registryPath as string,
      JSON.stringify({ default: federation.services.dossiers.url, instances: [] }),
    );
    await waitForRegistry((instances) => instances.length === 1);
    district = postgres(federation.databaseUrls.dossiers, { max: 2, onnotice: () => {} });
    commune = postgres(communeInstance().databaseUrl, { max: 2, onnotice: () => {} });
    citizen = await federation.token('CITIZEN');
    officer = await federation.token('OFFICER', '30208');
  });
  afterAll(async () => {
    await district?.end();
    await commune?.end();
    await federation?.stop();
    await fake?.stop();
  });

  it('moves dossiers in every status with files, payments and history; nothing lost, filings during it served or refused', async () => {
    const made: Record<string, string> = {};
    const statusOf = async (code: string) =>
      (await ask(officer, 'query($code: ID!) { dossier(code: $code) { status } }', { code })).data.dossier
        .status as string;
    const attached = await upload(citizen, '%PDF-1.4 giấy chứng sinh bản chính');
    made.newlyFiled = await file('30208', 'every-1', FREE, [attached]);
    made.accepted = await file('30208', 'every-2');
    await step(officer, made.accepted, 'receiveDossier(code: $code)');
    made.notAccepted = await file('30208', 'every-3');
    await step(officer, made.notAccepted, 'refuseDossier(code: $code, input: { reason: "Sai thẩm quyền" })');
    made.supplement = await file('30208', 'every-5');
    await step(officer, made.supplement, 'receiveDossier(code: $code)');
    await step(
      officer,
      made.supplement,
      'requestSupplement(code: $code, input: { items: ["Bản sao CCCD"] })',
    );
    made.withdrawn = await file('30208', 'every-7');
    await step(citizen, made.withdrawn, 'withdrawDossier(code: $code, reason: "Nộp nhầm")');
    made.stopped = await file('30208', 'every-8');
    await step(officer, made.stopped, 'receiveDossier(code: $code)');
    await step(officer, made.stopped, 'startProcessing(code: $code)');
    await step(
      officer,
      made.stopped,
      'stopProcessing(code: $code, input: { reason: "Người nộp đề nghị dừng" })',
    );
    // Paid online (payments and a receipt), resolved with a result file, the result downloaded (returned).
    made.returned = await file('30208', 'every-10', PAID);
    await step(officer, made.returned, 'receiveDossier(code: $code)');
    await step(officer, made.returned, 'startProcessing(code: $code)');
    await step(officer, made.returned, 'requestPayment(code: $code, input: { quantity: 1 })');
    const pay = await ask(
      citizen,
      'mutation($code: ID!) { payOnline(code: $code, input: { returnUrl: "/tt" }) { redirectUrl } }',
      { code: made.returned },
    );
    expect(pay.errors).toBeUndefined();
    await fetch(pay.data.payOnline.redirectUrl, { redirect: 'manual' });
    expect(await statusOf(made.returned)).toBe('IN_PROGRESS');
    const resultFile = await upload(officer, '%PDF-1.4 bản sao trích lục khai sinh');
    await step(
      officer,
      made.returned,
      `resolveDossier(code: $code, input: { summary: "Cấp 01 bản sao", resultAttachmentId: "${resultFile}" })`,
    );
    const before = (
      await ask(citizen, `query($code: ID!) { dossier(code: $code) { ${DOSSIER} } }`, {
        code: made.returned,
      })
    ).data.dossier;
    await fetch(before.electronicResult.downloadUrl);
    made.finished = await file('30208', 'every-9');
    await step(officer, made.finished, 'receiveDossier(code: $code)');
    await step(officer, made.finished, 'startProcessing(code: $code)');
    await step(
      officer,
      made.finished,
      'resolveDossier(code: $code, input: { summary: "Cấp giấy khai sinh" })',
    );
    made.inProgress = await file('30208', 'every-4');
    await step(officer, made.inProgress, 'receiveDossier(code: $code)');
    await step(officer, made.inProgress, 'startProcessing(code: $code)');
    made.paymentRequested = await file('30208', 'every-6', PAID);
    await step(officer, made.paymentRequested, 'receiveDossier(code: $code)');
    await step(officer, made.paymentRequested, 'startProcessing(code: $code)');
    await step(officer, made.paymentRequested, 'requestPayment(code: $code, input: { quantity: 2 })');
    // Received at Hòa Long and transferred to Lai Vung: it stays with Hòa Long, whose agency its code names.
    made.transferred = await file('30208', 'every-11');
    await step(officer, made.transferred, 'receiveDossier(code: $code)');
    await step(officer, made.transferred, 'transferDossier(code: $code, input: { toUnitCode: "30226" })');
    const stays = await file('30226', 'stays-1');

    const statuses = await Promise.all(Object.values(made).map(statusOf));
    expect(new Set(statuses)).toEqual(
      new Set([
        'NEWLY_FILED',
        'ACCEPTED',
        'NOT_ACCEPTED',
        'IN_PROGRESS',
        'SUPPLEMENT_REQUESTED',
        'PAYMENT_REQUESTED',
        'WITHDRAWN',
        'PROCESSING_STOPPED',
        'PROCESSING_FINISHED',
        'RESULT_RETURNED',
      ]),
    );
    const answers = new Map<string, unknown>();
    for (const code of Object.values(made)) {
      const answer = await ask(officer, `query($code: ID!) { dossier(code: $code) { ${DOSSIER} } }`, {
        code,
      });
      answers.set(code, { ...answer.data.dossier, electronicResult: undefined });
    }

    // Citizens keep filing at Hòa Long while the move runs: each filing is committed or clearly refused.
    let moving = true;
    const during: Array<{
      key: string;
      code: string | null;
      error: { message: string; extensions?: Record<string, unknown> } | null;
    }> = [];
    const filings = (async () => {
      // Until the move is over and the gateway, having reread the registry, sends filings to the target.
      for (let index = 0; index < 100; index += 1) {
        if (!moving && during.at(-1)?.code) return;
        const key = `during-${index}`;
        // A procedure without files: an upload made just before the switch would be left on the source.
        const answer = await fileRequest('30208', key, PAID);
        during.push({
          key,
          code: answer.data?.submitDossier?.code ?? null,
          error: answer.errors?.[0] ?? null,
        });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const log: string[] = [];
    const result = await move('30208', log);
    moving = false;
    await filings;

    expect(result.outcome, log.join('\n')).toBe('MOVED');
    if (result.outcome !== 'MOVED') return;
    const byName = Object.fromEntries(result.checks.map((check) => [check.name, check]));
    for (const check of result.checks) expect(check.equal, check.name).toBe(true);
    expect(byName.dossiers?.source.count).toBeGreaterThanOrEqual(Object.keys(made).length);
    // The birth certificate of each of the nine birth registrations, and the result of the certified copy.
    expect(byName.attachments?.source.count).toBe(10);
    expect(byName['files (sha256)']?.target.count).toBe(10);
    expect(byName.payments?.source.count).toBe(1);
    expect(byName.issued_documents?.source.count).toBe(2);
    expect(byName.dossier_code_counters?.source.count).toBe(1);
    expect(byName.dossier_history?.source.count).toBeGreaterThan(25);
    expect(byName.outbox?.source.count).toBeGreaterThan(25);
    expect(
      log.some((line) => /^dossiers\s+\d+\s+\d+\s+[0-9a-f]{32}\s+[0-9a-f]{32}\s+equal$/.test(line)),
    ).toBe(true);

    // Every filing during the move is on the target once, or was refused with the clear error and left nothing.
    const onTarget = await codesOf(commune, '30208');
    expect(new Set(onTarget).size).toBe(onTarget.length);
    for (const attempt of during) {
      if (attempt.code) {
        expect(onTarget).toContain(attempt.code);
      } else {
        expect(attempt.error?.extensions, attempt.key).toMatchObject({ unit: '30208' });
        expect(['UNIT_MOVING', 'UNIT_MOVED']).toContain(attempt.error?.extensions?.code);
        expect(String(attempt.error?.message)).toMatch(
          /(đang được chuyển sang máy chủ khác.*being moved to another server)|(nay do máy chủ hoa-long phục vụ.*now served by server hoa-long)/,
        );
        const [left] =
          await district`select count(*)::int as n from dossiers where idempotency_key = ${attempt.key}`;
        const [copied] =
          await commune`select count(*)::int as n from dossiers where idempotency_key = ${attempt.key}`;
        expect((left?.n ?? 0) + (copied?.n ?? 0), attempt.key).toBe(0);
      }
    }
    // Both happened: filings committed (before the mark, or on the target) and filings refused in between.
    expect(during.some((attempt) => attempt.code !== null)).toBe(true);
    expect(during.some((attempt) => attempt.error !== null)).toBe(true);
    expect(await codesOf(commune, '30226')).toEqual([]);
    expect(await codesOf(district, '30226')).toEqual([stays]);

    // Through the gateway: the target answers with the same dossiers, history and files.
    for (const code of Object.values(made)) {
      const answer = await ask(officer, `query($code: ID!) { dossier(code: $code) { ${DOSSIER} } }`, {
        code,
      });
      expect(answer.errors, code).toBeUndefined();
      expect({ ...answer.data.dossier, electronicResult: undefined }).toEqual(answers.get(code));
    }
    const after = (
      await ask(citizen, `query($code: ID!) { dossier(code: $code) { ${DOSSIER} } }`, {
        code: made.returned,
      })
    ).data.dossier;
    expect(
      after.electronicResult.downloadUrl.startsWith(communeInstance().url.replace(/\/graphql$/, '')),
    ).toBe(true);
    const downloaded = await fetch(after.electronicResult.downloadUrl);
    expect(Buffer.from(await downloaded.arrayBuffer()).toString()).toBe(
      '%PDF-1.4 bản sao trích lục khai sinh',
    );
    // The same link on the old instance (a page opened before the move) is refused there, naming the unit.
    const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');
    const oldLink = await fetch(
      after.electronicResult.downloadUrl.replace(
        base(communeInstance().url),
        base(federation.services.dossiers.url),
      ),
    );
    expect(oldLink.status).toBe(410);
    expect(await oldLink.json()).toMatchObject({
      error: { code: 'UNIT_MOVED', message: expect.stringMatching(/đơn vị 30208.*unit 30208/) },
    });

    // The next filing continues the agency's sequence on the target, without a gap or a repeat.
    const next = await file('30208', 'after-move');
    const sequence = async (sql: Sql) =>
      (await sql<{ code: string }[]>`select code from dossiers where code like ${`${AGENCY}-%`}`).map((row) =>
        Number(row.code.split('-').at(-1)),
      );
    const issued = [...new Set([...(await sequence(district)), ...(await sequence(commune))])].sort(
      (a, b) => a - b,
    );
    expect(Number(next.split('-').at(-1))).toBe(issued.length);
    expect(issued).toEqual(issued.map((_, index) => index + 1));
    expect(await codesOf(commune, '30208')).toContain(next);

    // A request that still reaches the old instance is refused, naming the unit, never answered from old rows.
    const stale = await subgraphRequest(
      federation.services.dossiers.url,
      'query($code: ID!) { dossier(code: $code) { code status } }',
      {
        identity: { sub: 'o', role: 'OFFICER', unitCode: '30208', name: null },
        secret: federation.identitySecret,
        variables: { code: made.accepted },
      },
    );
    expect(stale.data?.dossier ?? null).toBeNull();
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'UNIT_MOVED', unit: '30208' });
    // Nor listed there: the rows left behind are out of the old instance's lists.
    const onSource = (
      query: string,
      identity: { sub: string; role: 'CITIZEN' | 'OFFICER'; unitCode: string | null },
    ) =>
      subgraphRequest(federation.services.dossiers.url, query, {
        identity: { ...identity, name: null },
        secret: federation.identitySecret,
      });
    const own = await onSource('{ myDossiers(first: 50) { nodes { code } } }', {
      sub: 'test-citizen',
      role: 'CITIZEN',
      unitCode: null,
    });
    expect(own.data?.myDossiers.nodes).toEqual([{ code: stays }]);
    const queue = await onSource('{ dossiers(unitCode: "30226", first: 50) { nodes { code } } }', {
      sub: 'o',
      role: 'OFFICER',
      unitCode: '30226',
    });
    expect(queue.data?.dossiers.nodes).toEqual([{ code: stays }]);

    // Running the command again changes nothing.
    const counts = async () =>
      (
        await commune`select (select count(*) from dossiers)::int as d, (select count(*) from dossier_history)::int as h,
        (select count(*) from outbox)::int as o, (select count(*) from attachments)::int as a`
      )[0];
    const countsBefore = await counts();
    expect((await move('30208')).outcome).toBe('ALREADY_MOVED');
    expect(await counts()).toEqual(countsBefore);
    // Some forty requests through the gateway and a move: minutes on a loaded two-core machine.
  }, 180_000);

  it('a copy that differs stops the move, with a non-zero exit, and leaves the unit served by the source', async () => {
    const kept = await file('30226', 'tamper-1');
    await step(await federation.token('OFFICER', '30226'), kept, 'receiveDossier(code: $code)');
    // A target database that alters what it is given (here a trigger; in life, a broken restore or a bad script).
    await commune.unsafe(`
      create function tamper() returns trigger language plpgsql as $$
        begin new.note := coalesce(new.note, '') || ' (đã sửa)'; return new; end $$;
      create trigger tamper before insert on dossier_history for each row execute function tamper();`);
    const registryBefore = await import('node:fs/promises').then((fs) =>
      fs.readFile(federation.registryPath as string, 'utf8'),
    );
    const command = await promisify(execFile)(
      'npx',
      [
        'tsx',
        'src/commands/move-unit.ts',
        '--unit',
        '30226',
        '--from',
        federation.databaseUrls.dossiers,
        '--to',
        communeInstance().databaseUrl,
        '--from-files',
        files.district,
        '--to-files',
        files.commune,
        '--registry',
        federation.registryPath as string,
        '--to-instance',
        HOA_LONG.name,
        '--to-url',
        communeInstance().url,
      ],
      { cwd: new URL('../../services/dossiers', import.meta.url).pathname },
    ).then(
      () => ({ exitCode: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => ({ exitCode: error.code, stdout: error.stdout }),
    );
    expect(command.exitCode).toBe(2);
    expect(command.stdout).toMatch(/dossier_history\s+\d+\s+\d+\s+[0-9a-f]{32}\s+[0-9a-f]{32}\s+DIFFERENT/);
    expect(command.stdout).toMatch(/served by the source again/);
    const registryAfter = await import('node:fs/promises').then((fs) =>
      fs.readFile(federation.registryPath as string, 'utf8'),
    );
    expect(registryAfter).toBe(registryBefore);
    expect(await codesOf(commune, '30226')).toEqual([]);
    const [mark] = await district`select count(*)::int as n from unit_states where unit_code = '30226'`;
    expect(mark?.n).toBe(0);
    // Still served by the district: it takes new filings and answers for the unit's dossiers.
    const filed = await file('30226', 'tamper-2');
    expect(await codesOf(district, '30226')).toContain(filed);

    // With the target fixed, running the command again finishes the move.
    await commune.unsafe('drop trigger tamper on dossier_history');
    const log: string[] = [];
    const result = await move('30226', log);
    expect(result.outcome, log.join('\n')).toBe('MOVED');
    expect(await codesOf(commune, '30226')).toEqual(await codesOf(district, '30226'));
    await waitForRegistry((instances) =>
      instances.some(
        (instance) =>
          instance.instance === 'hoa-long' &&
          JSON.stringify(instance.units) === JSON.stringify(['30208', '30226']),
      ),
    );
    const answer = await ask(citizen, 'query($code: ID!) { dossier(code: $code) { code status } }', {
      code: filed,
    });
    expect(answer.data.dossier).toEqual({ code: filed, status: 'NEWLY_FILED' });
  }, 180_000);
});
