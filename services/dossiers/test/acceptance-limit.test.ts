import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFormData } from '../src/seed/sample-form';
import { BIRTH_CERTIFICATE, fileDirect, startStack, who } from './support';

/**
 * Issue 18, finding 7: an online filing must be accepted or refused within 8 working hours of its submission
 * (BRIEF "Working time", as the reference provincial system applies it); the officer's queue shows those past it.
 */
describe('the 8-working-hour limit for accepting an online filing', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  const hour = 3_600_000;
  let late: string;
  let fresh: string;

  beforeAll(async () => {
    stack = await startStack();
    const now = Date.now();
    late = await fileDirect(stack.deps, { acceptBy: new Date(now - hour), at: new Date(now - 30 * hour) });
    fresh = await fileDirect(stack.deps, { acceptBy: new Date(now + 4 * hour) });
    // Accepted already: no longer waiting, whatever its limit was.
    await fileDirect(stack.deps, { acceptBy: new Date(now - hour), status: 2, receivedAt: new Date(now) });
  });
  afterAll(async () => stack?.stop());

  it('records the limit on an online filing, 8 working hours on the calendar, and sends it with the event', async () => {
    const procedure = await stack.deps.catalogue.procedure('1.001193');
    if (!procedure) throw new Error('catalogue has no 1.001193');
    const formData = sampleFormData(procedure, {
      name: 'Nguyễn Văn An',
      idNumber: '087190000001',
      phone: '0912345678',
    });
    const filed = await stack.ask(
      who.citizen(),
      `mutation($input: SubmitDossierInput!) { submitDossier(input: $input, idempotencyKey: "limit-1") {
        code submittedAt acceptBy acceptanceOverdue } }`,
      {
        input: {
          procedureCode: '1.001193',
          unitCode: '30226',
          applicant: { kind: 'PERSON', name: 'Nguyễn Văn An', idNumber: '087190000001' },
          formData,
          contact: { phone: '0912345678', notifySms: true },
          returnChannel: 'DESK',
          documents: [{ name: BIRTH_CERTIFICATE, attachmentIds: [await stack.upload(who.citizen())] }],
        },
      },
    );
    expect(filed.errors).toBeUndefined();
    const dossier = filed.data?.submitDossier;
    const expected = await stack.deps.catalogue.addWorkingMinutes(new Date(dossier.submittedAt), 480);
    expect(dossier.acceptBy).toBe(expected.toISOString());
    expect(dossier.acceptanceOverdue).toBe(false);
    const [event] = await stack.db.execute<{ accept_by: string }>(
      sql`select payload->>'acceptBy' as accept_by from outbox
          where type = 'dossier.submitted.v1' and payload->>'dossierCode' = ${dossier.code}`,
    );
    expect(event?.accept_by).toBe(expected.toISOString());
  });

  it("lists in the officer's queue the filings waiting past the limit, and flags them", async () => {
    const answer = await stack.ask(
      who.officer('30226'),
      `{ dossiers(unitCode: "30226", filter: { due: ACCEPTANCE_OVERDUE }) { nodes { code acceptanceOverdue } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.dossiers.nodes).toEqual([{ code: late, acceptanceOverdue: true }]);
    const all = await stack.ask(
      who.officer('30226'),
      `{ dossiers(unitCode: "30226", filter: { statuses: [NEWLY_FILED] }) { nodes { code acceptanceOverdue } } }`,
    );
    expect(all.data?.dossiers.nodes).toContainEqual({ code: fresh, acceptanceOverdue: false });
  });
});
