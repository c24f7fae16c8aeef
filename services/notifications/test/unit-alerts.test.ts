import { type DomainEvent, EventPublisher, newEvent, redisConnection } from '@dvc/contracts';
import type { Identity } from '@dvc/identity';
import { createLogger } from '@dvc/service-kit';
import { subgraphRequest, TEST_IDENTITY_SECRET, testRedisUrl } from '@dvc/test-fixtures';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleDossierEvent } from '../src/consumer/dossier-events';
import { dossiersContactDirectory } from '../src/contacts/dossier-contacts';
import { notifications, unitAlertContacts } from '../src/db/schema';
import { startTestService } from './service-fixture';
import { citizen, officer, startStack } from './stack';

const who = (role: Identity['role'], unitCode: string | null = null): Identity => ({
  sub: `${role.toLowerCase()}-${unitCode ?? 'x'}`,
  role,
  unitCode,
  name: null,
});
const leader = who('LEADER', '30226');

const READ = 'query($u: ID!) { unitAlertContacts(unitCode: $u) { unitCode emails phones } }';
const SET = `mutation($u: ID!, $e: [String!]!, $p: [String!]!) {
  setUnitAlertContacts(unitCode: $u, emails: $e, phones: $p) { unitCode emails phones } }`;

describe('unit alert contacts', () => {
  let t: Awaited<ReturnType<typeof startTestService>>;
  beforeAll(async () => {
    t = await startTestService();
  });
  afterAll(() => t?.stop());

  const gql = (identity: Identity, query: string, variables: Record<string, unknown>) =>
    subgraphRequest(t.service.url, query, { identity, secret: TEST_IDENTITY_SECRET, variables });
  const set = (identity: Identity, emails: string[], phones: string[], unitCode = '30226') =>
    gql(identity, SET, { u: unitCode, e: emails, p: phones });
  const rowsOf = (unitCode: string) =>
    t.database.db.select().from(unitAlertContacts).where(eq(unitAlertContacts.unitCode, unitCode));

  it('lets the unit’s leaders and administrators set the list, normalised, and its staff read it', async () => {
    const answer = await set(
      leader,
      ['Mot.Cua@LaiVung.gov.vn', ' mot.cua@laivung.gov.vn', 'pho.ban@laivung.gov.vn'],
      ['+84 912 345 679', '0912.345.679', '0387654321'],
    );
    expect(answer.errors).toBeUndefined();
    const expected = {
      unitCode: '30226',
      emails: ['mot.cua@laivung.gov.vn', 'pho.ban@laivung.gov.vn'],
      phones: ['0387654321', '0912345679'],
    };
    expect(answer.data?.setUnitAlertContacts).toEqual(expected);
    for (const reader of [who('OFFICER', '30226'), leader, who('ADMIN')]) {
      expect((await gql(reader, READ, { u: '30226' })).data?.unitAlertContacts).toEqual(expected);
    }
    const byAdmin = await set(who('ADMIN'), ['mot.cua@laivung.gov.vn'], ['0912345679']);
    expect(byAdmin.data?.setUnitAlertContacts).toEqual({
      unitCode: '30226',
      emails: ['mot.cua@laivung.gov.vn'],
      phones: ['0912345679'],
    });
  });

  it('keeps the row of an address that stays, so a warning queued to it is still sent', async () => {
    await set(leader, ['a@laivung.gov.vn'], ['0912000001']);
    const before = await rowsOf('30226');
    await set(leader, ['a@laivung.gov.vn', 'b@laivung.gov.vn'], []);
    const after = await rowsOf('30226');
    const idOf = (rows: typeof before, address: string) => rows.find((row) => row.address === address)?.id;
    expect(idOf(after, 'a@laivung.gov.vn')).toBe(idOf(before, 'a@laivung.gov.vn'));
    expect(after.map((row) => row.address).sort()).toEqual(['a@laivung.gov.vn', 'b@laivung.gov.vn']);
  });

  it('refuses every other caller, and changes nothing', async () => {
    await set(who('ADMIN'), [], ['0912345679'], '30211');
    const readers: [Identity, string][] = [
      [who('ANONYMOUS'), 'UNAUTHENTICATED'],
      [who('CITIZEN'), 'FORBIDDEN'],
      [who('VOLUNTEER', '30211'), 'FORBIDDEN'],
      [who('OFFICER', '30226'), 'FORBIDDEN'],
      [who('LEADER', '30226'), 'FORBIDDEN'],
      [who('SERVICE'), 'FORBIDDEN'],
    ];
    for (const [identity, code] of readers) {
      const answer = await gql(identity, READ, { u: '30211' });
      expect(answer.errors?.[0]?.extensions?.code, identity.role).toBe(code);
    }
    const writers: [Identity, string][] = [
      [who('ANONYMOUS'), 'UNAUTHENTICATED'],
      [who('CITIZEN'), 'FORBIDDEN'],
      [who('VOLUNTEER', '30211'), 'FORBIDDEN'],
      [who('OFFICER', '30211'), 'FORBIDDEN'],
      [who('LEADER', '30226'), 'FORBIDDEN'],
      [who('SERVICE'), 'FORBIDDEN'],
    ];
    for (const [identity, code] of writers) {
      const answer = await set(identity, ['x@laivung.gov.vn'], [], '30211');
      expect(answer.errors?.[0]?.extensions?.code, identity.role).toBe(code);
    }
    expect((await rowsOf('30211')).map((row) => row.address)).toEqual(['0912345679']);
  });

  it('refuses a bad address, a landline, too long a list or a bad unit code, and changes nothing', async () => {
    await set(leader, ['mot.cua@laivung.gov.vn'], ['0912345679']);
    const before = (await rowsOf('30226')).map((row) => row.id).sort();
    const cases: [string[], string[], string, RegExp][] = [
      [['mot.cua@'], [], '30226', /Địa chỉ thư điện tử không hợp lệ: "mot.cua@"/],
      [[], ['02773 841 234'], '30226', /số di động Việt Nam/],
      [Array.from({ length: 11 }, (_, i) => `can.bo${i}@laivung.gov.vn`), [], '30226', /Tối đa 10/],
      [[], [], 'Lai Vung', /Mã đơn vị hành chính không hợp lệ/],
    ];
    for (const [emails, phones, unitCode, message] of cases) {
      const answer = await set(who('ADMIN'), emails, phones, unitCode);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toMatch(message);
    }
    expect((await rowsOf('30226')).map((row) => row.id).sort()).toEqual(before);
  });
});

describe('a dossier about to go late', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack(testRedisUrl());
  });
  afterAll(() => stack?.stop());

  const warning = (code: string, at: Date) =>
    newEvent(
      'dossier.deadline-approaching.v1',
      {
        dossierCode: code,
        unitCode: '30226',
        procedureCode: '1.001193',
        channel: 'ONLINE',
        at: at.toISOString(),
        actorRole: 'SYSTEM',
        assignedTo: 'officer-30226',
        dueAt: '2026-07-30T09:30:00Z',
      },
      'dossiers',
    );
  /** The consumer's handler called straight, as a redelivery would; a unit warning needs no applicant contact. */
  const handleDirectly = (event: DomainEvent) =>
    handleDossierEvent(
      {
        db: stack.database.db,
        contacts: dossiersContactDirectory({
          urlOf: () => 'http://127.0.0.1:9/graphql',
          identitySecret: 'unused',
        }),
        delivery: stack.notifications.delivery as NonNullable<typeof stack.notifications.delivery>,
        maxEventAgeHours: 48,
        logger: createLogger('test', 'silent'),
      },
      event,
    );
  const warningsOf = async (code: string) =>
    (await stack.database.db.select().from(notifications).where(eq(notifications.dossierCode, code))).filter(
      (row) => row.template === 'unit.deadline-approaching',
    );

  it('warns each alert contact of the unit once, masked in the log, and only staff see it', async () => {
    const set = await subgraphRequest(stack.notifications.url, SET, {
      identity: leader,
      secret: TEST_IDENTITY_SECRET,
      variables: { u: '30226', e: ['mot.cua@laivung.gov.vn'], p: ['0912345679'] },
    });
    expect(set.errors).toBeUndefined();
    const code = await stack.file();
    const event = warning(code, new Date());
    const connection = redisConnection({ url: testRedisUrl(), role: 'worker' });
    const publisher = new EventPublisher(connection, stack.prefix);
    try {
      await publisher.publish(event);
    } finally {
      await publisher.close();
      connection.disconnect();
    }
    await expect
      .poll(
        async () =>
          (await warningsOf(code))
            .filter((row) => row.status === 'DELIVERED')
            .map((row) => `${row.channel} ${row.recipientMasked}`)
            .sort(),
        { timeout: 30_000, interval: 300 },
      )
      .toEqual(['EMAIL m***@laivung.gov.vn', 'SMS 091****679']);

    // The same event again (a redelivery): nothing new is written or sent.
    await handleDirectly(event);
    const rows = await warningsOf(code);
    expect(rows).toHaveLength(2);
    const reached = stack.fake.deliveries.filter((d) => rows.some((row) => row.id === d.key));
    expect(reached).toHaveLength(2);
    expect(reached.find((d) => d.channel === 'SMS')).toMatchObject({
      to: '84912345679',
      text: `Ho so ${code} sap den han tra ket qua luc 16:30 ngay 30/07/2026; can bo dang xu ly: officer-30226.`,
    });
    const email = reached.find((d) => d.channel === 'EMAIL');
    expect(email?.to).toBe('mot.cua@laivung.gov.vn');
    expect(email?.text).toContain(
      'sắp đến hạn trả kết quả lúc 16:30 ngày 30/07/2026; cán bộ đang xử lý: officer-30226',
    );

    const seenBy = async (identity: Identity) => {
      const answer = await subgraphRequest(
        stack.notifications.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Dossier { notifications { template audience } } } }`,
        { identity, secret: TEST_IDENTITY_SECRET, variables: { r: [{ __typename: 'Dossier', code }] } },
      );
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      const [dossier] = (
        answer.data as { _entities: { notifications: { template: string; audience: string }[] }[] }
      )._entities;
      return (dossier?.notifications ?? []).map((n) => `${n.audience} ${n.template}`);
    };
    const applicant = ['APPLICANT dossier.submitted', 'APPLICANT dossier.submitted'];
    // The applicant's own messages come from the filing's event, handled on its own schedule.
    await expect
      .poll(async () => (await seenBy(officer)).sort(), { timeout: 30_000, interval: 300 })
      .toEqual([...applicant, 'UNIT unit.deadline-approaching', 'UNIT unit.deadline-approaching']);
    expect(await seenBy(citizen)).toEqual(applicant);
  });

  it('warns nobody about an event older than 48 hours (imported history)', async () => {
    const code = await stack.file();
    await handleDirectly(warning(code, new Date(Date.now() - 49 * 3600_000)));
    expect(await warningsOf(code)).toEqual([]);
  });
});
