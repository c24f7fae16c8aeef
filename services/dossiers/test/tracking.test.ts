import { signIdentity } from '@dvc/identity';
import { CLIENT_ADDRESS_HEADER } from '@dvc/service-kit';
import { TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFormData } from '../src/seed/sample-form';
import { BIRTH_CERTIFICATE, fileDirect, startStack, who } from './support';

const TRACK = `query($code: ID!, $id: String!) { trackDossier(code: $code, idNumber: $id) { code status } }`;

describe('anonymous tracking cannot be brute-forced and shows no free text', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.stop());

  /** A tracking request as the gateway forwards it for a caller at `address`. */
  const track = async (code: string, id: string, address: string, query = TRACK) => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CLIENT_ADDRESS_HEADER]: address,
        ...signIdentity(who.anonymous(), TEST_IDENTITY_SECRET),
      },
      body: JSON.stringify({ query, variables: { code, id } }),
    });
    return (await response.json()) as {
      data?: { trackDossier: { code: string } | null } | null;
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    };
  };

  it('prints a ten-digit PIN on new dossiers, and still honours the six digits of older ones', async () => {
    const procedure = await stack.deps.catalogue.procedure('1.001193');
    if (!procedure) throw new Error('catalogue has no 1.001193');
    const filed = await stack.ask(
      who.citizen(),
      `mutation($input: SubmitDossierInput!) { submitDossier(input: $input, idempotencyKey: "pin-1") { code trackingPin } }`,
      {
        input: {
          procedureCode: '1.001193',
          unitCode: '30226',
          applicant: { kind: 'PERSON', name: 'Nguyễn Văn An', idNumber: '087190000001' },
          formData: sampleFormData(procedure, {
            name: 'Nguyễn Văn An',
            idNumber: '087190000001',
            phone: '0912345678',
          }),
          documents: [{ name: BIRTH_CERTIFICATE, attachmentIds: [await stack.upload(who.citizen())] }],
          contact: { phone: '0912345678' },
          returnChannel: 'DESK',
        },
      },
    );
    expect(filed.errors).toBeUndefined();
    const { code, trackingPin } = filed.data?.submitDossier ?? {};
    expect(trackingPin).toMatch(/^\d{10}$/);
    expect((await track(code, trackingPin, '203.0.113.1')).data?.trackDossier?.code).toBe(code);
    const older = await fileDirect(stack.deps, { trackingPin: '123456' });
    expect((await track(older, '123456', '203.0.113.1')).data?.trackDossier?.code).toBe(older);
  });

  it("does not take an organisation's public tax code as its secret: only the receipt's PIN", async () => {
    const code = await fileDirect(stack.deps, {
      applicantKind: 'ORGANIZATION',
      applicantIdNumber: '1400123456',
      organizationCode: '1400123456',
      trackingPin: '5550001112',
    });
    expect((await track(code, '1400123456', '203.0.113.2')).data?.trackDossier).toBeNull();
    expect((await track(code, '5550001112', '203.0.113.2')).data?.trackDossier?.code).toBe(code);
  });

  it('locks a dossier code after five wrong answers, even for the right one, and says until when', async () => {
    const code = await fileDirect(stack.deps, { trackingPin: '7777777777' });
    for (let attempt = 1; attempt <= 5; attempt++) {
      // From different addresses: the limit per dossier holds whoever asks.
      const wrong = await track(code, String(1000000000 + attempt), `198.51.100.${attempt}`);
      expect(wrong.errors).toBeUndefined();
      expect(wrong.data?.trackDossier).toBeNull();
    }
    const locked = await track(code, '7777777777', '198.51.100.77');
    const error = locked.errors?.[0];
    expect(error?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(error?.message).toMatch(/thử lại sau .*try again after/i);
    const retryAfter = new Date(String(error?.extensions?.retryAfter));
    expect(retryAfter.getTime()).toBeGreaterThan(stack.deps.now().getTime());
    expect(retryAfter.getTime()).toBeLessThanOrEqual(stack.deps.now().getTime() + 3600_000);
    expect(locked.data?.trackDossier ?? null).toBeNull();
  });

  it('limits the wrong answers one client may give across dossiers, and not its neighbours', async () => {
    const codes = await Promise.all(
      Array.from({ length: 4 }, () => fileDirect(stack.deps, { trackingPin: '8888888888' })),
    );
    let refused: Record<string, unknown> | undefined;
    for (let attempt = 0; attempt < 40 && !refused; attempt++) {
      const answer = await track(codes[attempt % 4] as string, String(2000000000 + attempt), '192.0.2.50');
      refused = answer.errors?.[0]?.extensions;
      if (!refused) expect(answer.data?.trackDossier).toBeNull();
    }
    expect(refused?.code).toBe('TOO_MANY_ATTEMPTS');
    const fresh = await fileDirect(stack.deps, { trackingPin: '9999999999' });
    expect((await track(fresh, '9999999999', '192.0.2.50')).errors?.[0]?.extensions?.code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    expect((await track(fresh, '9999999999', '192.0.2.51')).data?.trackDossier?.code).toBe(fresh);
  });

  it('answers one tracking lookup per operation', async () => {
    const code = await fileDirect(stack.deps, { trackingPin: '1212121212' });
    const aliases = `query($code: ID!, $id: String!) {
      a: trackDossier(code: $code, idNumber: $id) { code }
      b: trackDossier(code: $code, idNumber: "0000000000") { code }
    }`;
    const answer = await track(code, '1212121212', '203.0.113.9', aliases);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('has no free text in the public steps: notes, reasons and transaction ids are not part of it', async () => {
    const code = await fileDirect(stack.deps, { trackingPin: '3434343434' });
    const withNote = `query($code: ID!, $id: String!) { trackDossier(code: $code, idNumber: $id) { history { action note } } }`;
    const answer = await track(code, '3434343434', '203.0.113.10', withNote);
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
