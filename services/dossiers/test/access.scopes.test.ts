import type { Identity } from '@dvc/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileDirect, startStack, who } from './support';

type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

const ROLES: Record<string, Identity> = {
  anonymous: who.anonymous(),
  owner: who.citizen('citizen-1'),
  otherCitizen: who.citizen('citizen-2'),
  assistingVolunteer: who.volunteer('30226', 'volunteer-1'),
  otherVolunteer: who.volunteer('30226', 'volunteer-2'),
  unitOfficer: who.officer('30226'),
  otherOfficer: who.officer('30208'),
  unitLeader: who.leader('30226'),
  admin: who.admin(),
  service: who.service(),
};

/** Who may see a dossier of unit 30226 owned by citizen-1 and filed with volunteer-1. */
const READERS = new Set(['owner', 'assistingVolunteer', 'unitOfficer', 'unitLeader', 'admin', 'service']);
const denied = (role: string): Outcome =>
  role === 'anonymous' ? 'UNAUTHENTICATED' : READERS.has(role) ? 'FORBIDDEN' : 'NOT_FOUND';

const future = new Date(Date.now() + 10 * 86_400_000);
const OPERATIONS: Array<{
  name: string;
  status: number;
  mutation: string;
  allowed: string[];
}> = [
  { name: 'receive', status: 1, mutation: 'receiveDossier(code: $code)', allowed: ['unitOfficer'] },
  {
    name: 'refuse',
    status: 1,
    mutation: 'refuseDossier(code: $code, input: { reason: "Sai thủ tục" })',
    allowed: ['unitOfficer'],
  },
  {
    name: 'request supplement',
    status: 2,
    mutation: 'requestSupplement(code: $code, input: { items: ["Bản sao CCCD"] })',
    allowed: ['unitOfficer'],
  },
  {
    name: 'supplement',
    status: 5,
    mutation: 'supplementDossier(code: $code, input: { note: "Đã bổ sung" })',
    allowed: ['owner', 'assistingVolunteer', 'unitOfficer'],
  },
  { name: 'start processing', status: 2, mutation: 'startProcessing(code: $code)', allowed: ['unitOfficer'] },
  {
    name: 'transfer',
    status: 2,
    mutation: 'transferDossier(code: $code, input: { toOfficer: "officer-2" })',
    allowed: ['unitOfficer'],
  },
  {
    name: 'request payment',
    status: 4,
    mutation: 'requestPayment(code: $code, input: { amountVnd: 50000 })',
    allowed: ['unitOfficer'],
  },
  {
    name: 'record payment',
    status: 6,
    mutation: 'recordPayment(code: $code, input: { online: false })',
    allowed: ['unitOfficer'],
  },
  {
    name: 'resolve',
    status: 4,
    mutation: 'resolveDossier(code: $code, input: { summary: "Đã cấp" })',
    allowed: ['unitOfficer'],
  },
  {
    name: 'apologize',
    status: 4,
    mutation: `apologizeForDelay(code: $code, input: { newAppointmentAt: "${new Date(future.getTime() + 86_400_000).toISOString()}", reason: "Chờ xác minh" })`,
    allowed: ['unitOfficer'],
  },
  {
    name: 'return result',
    status: 9,
    mutation: 'returnResult(code: $code, input: {})',
    allowed: ['unitOfficer'],
  },
  {
    name: 'withdraw',
    status: 2,
    mutation: 'withdrawDossier(code: $code)',
    allowed: ['owner', 'unitOfficer'],
  },
  {
    name: 'stop',
    status: 4,
    mutation: 'stopProcessing(code: $code, input: { reason: "Người nộp đề nghị" })',
    allowed: ['unitOfficer'],
  },
];

describe('authorization: every role × every operation', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.stop());

  const dossierIn = (status: number) =>
    fileDirect(stack.deps, {
      status,
      channel: 'ONLINE',
      ownerSub: 'citizen-1',
      assistedBy: 'volunteer-1',
      ...(status >= 2 ? { receivedAt: new Date(), dueAt: future, appointmentAt: future } : {}),
      ...(status === 5
        ? { statusBeforeSupplement: 2, supplementCount: 1, supplementRequestedAt: new Date() }
        : {}),
      ...(status === 6 ? { paymentAmountVnd: 50000 } : {}),
    });

  for (const operation of OPERATIONS) {
    it(`${operation.name}: only ${operation.allowed.join(', ')}`, async () => {
      for (const [role, identity] of Object.entries(ROLES)) {
        const code = await dossierIn(operation.status);
        const answer = await stack.ask(
          identity,
          `mutation($code: ID!) { result: ${operation.mutation} { code } }`,
          { code },
        );
        const outcome = answer.errors ? answer.errors[0]?.extensions?.code : 'OK';
        expect(outcome, `${role} ${operation.name}`).toBe(
          operation.allowed.includes(role) ? 'OK' : denied(role),
        );
      }
    });
  }

  it('reads: a dossier, my dossiers, a unit queue, contact details, tracking', async () => {
    const code = await dossierIn(2);
    const expectations: Record<
      string,
      { dossier: boolean; mine: Outcome; queue: Outcome; contact: Outcome }
    > = {
      anonymous: { dossier: false, mine: 'UNAUTHENTICATED', queue: 'UNAUTHENTICATED', contact: 'FORBIDDEN' },
      owner: { dossier: true, mine: 'OK', queue: 'FORBIDDEN', contact: 'FORBIDDEN' },
      otherCitizen: { dossier: false, mine: 'OK', queue: 'FORBIDDEN', contact: 'FORBIDDEN' },
      assistingVolunteer: { dossier: true, mine: 'OK', queue: 'FORBIDDEN', contact: 'FORBIDDEN' },
      otherVolunteer: { dossier: false, mine: 'OK', queue: 'FORBIDDEN', contact: 'FORBIDDEN' },
      unitOfficer: { dossier: true, mine: 'FORBIDDEN', queue: 'OK', contact: 'FORBIDDEN' },
      otherOfficer: { dossier: false, mine: 'FORBIDDEN', queue: 'FORBIDDEN', contact: 'FORBIDDEN' },
      unitLeader: { dossier: true, mine: 'FORBIDDEN', queue: 'OK', contact: 'FORBIDDEN' },
      admin: { dossier: true, mine: 'FORBIDDEN', queue: 'OK', contact: 'FORBIDDEN' },
      service: { dossier: true, mine: 'FORBIDDEN', queue: 'FORBIDDEN', contact: 'OK' },
    };
    for (const [role, identity] of Object.entries(ROLES)) {
      const expected = expectations[role];
      if (!expected) throw new Error(role);
      const one = await stack.ask(identity, 'query($code: ID!) { dossier(code: $code) { code } }', { code });
      expect(one.data?.dossier?.code ?? null, `${role} dossier`).toBe(expected.dossier ? code : null);
      const mine = await stack.ask(identity, '{ myDossiers { nodes { code } } }');
      expect(mine.errors?.[0]?.extensions?.code ?? 'OK', `${role} myDossiers`).toBe(expected.mine);
      if (expected.mine === 'OK') {
        const codes = mine.data?.myDossiers.nodes.map((node: { code: string }) => node.code);
        expect(codes.includes(code), `${role} sees own`).toBe(
          role === 'owner' || role === 'assistingVolunteer',
        );
      }
      const queue = await stack.ask(identity, '{ dossiers(unitCode: "30226") { nodes { code } } }');
      expect(queue.errors?.[0]?.extensions?.code ?? 'OK', `${role} queue`).toBe(expected.queue);
      const contact = await stack.ask(
        identity,
        'query($code: ID!) { dossierContact(code: $code) { phone } }',
        { code },
      );
      expect(contact.errors?.[0]?.extensions?.code ?? 'OK', `${role} contact`).toBe(expected.contact);
      const track = await stack.ask(
        identity,
        'query($code: ID!) { trackDossier(code: $code, idNumber: "087190000001") { code } }',
        { code },
      );
      expect(track.data?.trackDossier?.code, `${role} tracks`).toBe(code);
    }
  });

  it('filing: citizens online only, volunteers and officers only at their own unit, others never', async () => {
    const submit = `mutation($input: SubmitDossierInput!) { submitDossier(input: $input, idempotencyKey: "k-1") { code } }`;
    const input = (unitCode: string, channel: string) => ({
      procedureCode: '1.001193',
      unitCode,
      channel,
      applicant: { kind: 'PERSON', name: 'Nguyễn Văn B', idNumber: '087190000009' },
      returnChannel: 'DESK',
    });
    const cases: Array<[Identity, string, string, string]> = [
      [who.anonymous(), '30226', 'ONLINE', 'UNAUTHENTICATED'],
      [who.citizen(), '30226', 'IN_PERSON', 'FORBIDDEN'],
      [who.volunteer('30226'), '30208', 'ONLINE', 'FORBIDDEN'],
      [who.volunteer('30226'), '30226', 'IN_PERSON', 'FORBIDDEN'],
      [who.officer('30226'), '30208', 'IN_PERSON', 'FORBIDDEN'],
      [who.officer('30226'), '30226', 'ONLINE', 'BAD_USER_INPUT'],
      [who.leader('30226'), '30226', 'ONLINE', 'FORBIDDEN'],
      [who.admin(), '30226', 'ONLINE', 'FORBIDDEN'],
      [who.service(), '30226', 'ONLINE', 'FORBIDDEN'],
    ];
    for (const [identity, unitCode, channel, expected] of cases) {
      const answer = await stack.ask(identity, submit, { input: input(unitCode, channel) });
      expect(answer.errors?.[0]?.extensions?.code, `${identity.role} ${unitCode} ${channel}`).toBe(expected);
    }
  });
});
