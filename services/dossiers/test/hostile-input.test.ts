import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormField } from '../src/catalogue';
import { validateFormData } from '../src/rules/form-data';
import { fileDirect, startStack, who } from './support';

/** A megabyte, the most a request may carry through the gateway. */
const MEGABYTE = 1024 * 1024;
/** The e-mail shape that made the old pattern quadratic: one `@`, a long run of dots, another `@`. */
const hostileEmail = (length: number) => `a@${'.'.repeat(length - 3)}@`;

describe('hostile free text is refused before any pattern runs, quickly', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.stop());

  /** The request's refusal and how long the service took to give it (a generous bound, not a benchmark). */
  const timed = async (...args: Parameters<typeof stack.ask>) => {
    const started = performance.now();
    const answer = await stack.ask(...args);
    return { answer, ms: performance.now() - started };
  };

  const filing = (overrides: Record<string, unknown>) => ({
    procedureCode: '1.001193',
    unitCode: '30226',
    applicant: { kind: 'PERSON', name: 'Nguyễn Văn An', idNumber: '087190000001' },
    contact: { phone: '0912345678' },
    returnChannel: 'DESK',
    ...overrides,
  });
  const SUBMIT = `mutation($input: SubmitDossierInput!) { submitDossier(input: $input, idempotencyKey: "k") { code } }`;

  it.each([
    ['input.contact.email', { contact: { phone: '0912345678', email: hostileEmail(MEGABYTE) } }],
    [
      'input.applicant.name',
      { applicant: { kind: 'PERSON', name: 'A'.repeat(MEGABYTE), idNumber: '087190000001' } },
    ],
    ['input.formData.value', { formData: [{ key: 'email', value: hostileEmail(MEGABYTE) }] }],
    [
      'input.postalAddress.address',
      {
        returnChannel: 'POST',
        postalAddress: { receiverName: 'An', phone: '0912345678', address: ' .'.repeat(MEGABYTE / 2) },
      },
    ],
    ['input.cases', { cases: ['x'.repeat(MEGABYTE)] }],
    ['input.documents.name', { documents: [{ name: 'x'.repeat(MEGABYTE), attachmentIds: [] }] }],
  ])('a filing with a megabyte in %s is refused within a second', async (field, overrides) => {
    const { answer, ms } = await timed(who.citizen(), SUBMIT, { input: filing(overrides) });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    expect(ms).toBeLessThan(1000);
  });

  it('refuses long lists as well as long texts', async () => {
    const { answer } = await timed(who.citizen(), SUBMIT, {
      input: filing({ formData: Array.from({ length: 5000 }, (_, i) => ({ key: `k${i}`, value: 'v' })) }),
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['input.formData'],
    });
  });

  it.each([
    [
      'refuseDossier',
      'mutation($code: ID!, $t: String!) { refuseDossier(code: $code, input: { reason: $t }) { code } }',
      'input.reason',
    ],
    [
      'requestSupplement',
      'mutation($code: ID!, $t: String!) { requestSupplement(code: $code, input: { items: [$t] }) { code } }',
      'input.items',
    ],
    [
      'transferDossier',
      'mutation($code: ID!, $t: String!) { transferDossier(code: $code, input: { toOfficer: "o-2", note: $t }) { code } }',
      'input.note',
    ],
    [
      'stopProcessing',
      'mutation($code: ID!, $t: String!) { stopProcessing(code: $code, input: { reason: $t }) { code } }',
      'input.reason',
    ],
    [
      'withdrawDossier',
      'mutation($code: ID!, $t: String!) { withdrawDossier(code: $code, reason: $t) { code } }',
      'reason',
    ],
  ])(
    '%s with a megabyte of text is refused within a second and writes nothing',
    async (_name, mutation, field) => {
      const code = await fileDirect(stack.deps, { status: 1 });
      const identity = mutation.includes('withdraw') ? who.citizen() : who.officer();
      const { answer, ms } = await timed(identity, mutation, { code, t: `${'. '.repeat(MEGABYTE / 2)}x` });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
      expect(ms).toBeLessThan(1000);
      const [steps] = await stack.db.execute<{ n: number }>(
        sql`select count(*)::int as n from dossier_history where dossier_code = ${code}`,
      );
      expect(steps?.n).toBe(1);
    },
  );

  it('resolveDossier refuses a megabyte summary', async () => {
    const code = await fileDirect(stack.deps, { status: 4 });
    const { answer, ms } = await timed(
      who.officer(),
      'mutation($code: ID!, $t: String!) { resolveDossier(code: $code, input: { summary: $t }) { code } }',
      { code, t: 'x'.repeat(MEGABYTE) },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['input.summary'],
    });
    expect(ms).toBeLessThan(1000);
  });

  it('checks an e-mail field in linear time even past the text bounds', () => {
    const field: FormField = {
      key: 'email',
      label: 'Thư điện tử',
      type: 'EMAIL',
      required: false,
      pattern: null,
      options: null,
      maxLength: null,
    };
    const started = performance.now();
    expect(() =>
      validateFormData([field], [{ key: 'email', value: hostileEmail(200_000) }], { requireAll: false }),
    ).toThrow(/e-mail/);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(
      validateFormData([field], [{ key: 'email', value: 'an.nguyen@lai-vung.gov.vn' }], {
        requireAll: false,
      }),
    ).toEqual({
      email: 'an.nguyen@lai-vung.gov.vn',
    });
  });
});
