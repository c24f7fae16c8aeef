import { startFakePaymentProvider } from '@dvc/dossiers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  birthCertificateScan,
  type Federation,
  fillRequiredFields,
  graphql,
  startFederation,
} from './federation';

const SECRET = 'gateway-payment-secret-0123456789';
/** Certified copy of a civil-status extract: 8.000 đồng per copy. */
const PROCEDURE = '2.000635';
const FORM = `query($code: ID!) { procedure(code: $code) { forms { fields { key type required options { value } } } } }`;
const STATE = `query($code: ID!) { dossier(code: $code) { status paidOnline history { action actorRole }
  payments { reference status settledVia receipt { verificationCode } }
  electronicResult { downloadUrl document { verificationCode } } } }`;
const VERIFY = `query($c: String!) { verifyDocument(verificationCode: $c) { status kind procedureName unit { code } issuedAt } }`;

describe('level 4 through the gateway: online payment and verifiable electronic results', () => {
  let federation: Federation;
  let fake: Awaited<ReturnType<typeof startFakePaymentProvider>>;
  beforeAll(async () => {
    fake = await startFakePaymentProvider({ merchantCode: 'DVC', secret: SECRET });
    federation = await startFederation({
      seedDemo: false,
      dossiersEnv: {
        PAYMENT_PROVIDER_URL: fake.url,
        PAYMENT_SECRET: SECRET,
        PAYMENT_RECONCILE_AFTER_SECONDS: '2',
        PAYMENT_RECONCILE_INTERVAL_SECONDS: '1',
        PAYMENT_RETURN_ORIGINS: 'https://dvc.example.vn',
      },
    });
  });
  afterAll(async () => {
    await federation?.stop();
    await fake?.stop();
  });

  const until = async (check: () => Promise<boolean>) => {
    const deadline = Date.now() + 15_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  async function fileDossier(citizen: string, key: string, procedureCode = PROCEDURE) {
    const url = federation.gateway.url;
    const procedure = (await graphql(url, FORM, { variables: { code: procedureCode } })).data.procedure;
    const filed = await graphql(
      url,
      `mutation($input: SubmitDossierInput!, $key: ID!) { submitDossier(input: $input, idempotencyKey: $key) { code feeVnd } }`,
      {
        token: citizen,
        variables: {
          key,
          input: {
            procedureCode,
            unitCode: '30226',
            applicant: { kind: 'PERSON', name: 'Trần Thị Ngọc Hân', idNumber: '087190000123' },
            formData: fillRequiredFields(procedure.forms.flatMap((form: { fields: never[] }) => form.fields)),
            ...(procedureCode === '1.001193' ? { documents: await birthCertificateScan(url, citizen) } : {}),
            contact: { phone: '0912345678', notifySms: true },
            returnChannel: 'ONLINE',
          },
        },
      },
    );
    expect(filed.errors).toBeUndefined();
    expect(filed.data.submitDossier.feeVnd).toBe(procedureCode === PROCEDURE ? 8000 : 0);
    return filed.data.submitDossier.code as string;
  }

  it('citizen pays a fee-bearing dossier once, officer resolves with a result file, citizen downloads it, anyone verifies it', async () => {
    const url = federation.gateway.url;
    const citizen = await federation.token('CITIZEN');
    const officer = await federation.token('OFFICER', '30226');
    const code = await fileDossier(citizen, 'pay-1');
    for (const mutation of ['receiveDossier(code: $code)', 'startProcessing(code: $code)']) {
      const step = await graphql(url, `mutation($code: ID!) { step: ${mutation} { status } }`, {
        token: officer,
        variables: { code },
      });
      expect(step.errors).toBeUndefined();
    }
    const asked = await graphql(
      url,
      'mutation($code: ID!) { requestPayment(code: $code, input: { quantity: 2 }) { status paymentAmountVnd } }',
      { token: officer, variables: { code } },
    );
    expect(asked.data.requestPayment).toEqual({ status: 'PAYMENT_REQUESTED', paymentAmountVnd: 16000 });

    const pay = `mutation($code: ID!) { payOnline(code: $code, input: { returnUrl: "https://dvc.example.vn/ket-qua-thanh-toan" }) { reference amountVnd redirectUrl } }`;
    const byOfficer = await graphql(url, pay, { token: officer, variables: { code } });
    expect(byOfficer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const started = await graphql(url, pay, { token: citizen, variables: { code } });
    expect(started.errors).toBeUndefined();
    expect(started.data.payOnline).toMatchObject({ reference: `${code}-1`, amountVnd: 16000 });

    // A forged callback first: refused, nothing moves.
    const forged = await fetch(
      `${federation.services.dossiers.url.replace(/\/graphql$/, '')}/payments/callback`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          merchantCode: 'DVC',
          reference: `${code}-1`,
          transactionId: 'FORGED-1',
          amountVnd: 16000,
          result: 'SUCCESS',
          message: '',
          timestamp: Math.floor(Date.now() / 1000),
          signature: '00'.repeat(32),
        }),
      },
    );
    expect(forged.status).toBe(401);
    expect((await graphql(url, STATE, { token: citizen, variables: { code } })).data.dossier.status).toBe(
      'PAYMENT_REQUESTED',
    );

    const page = await fetch(`${started.data.payOnline.redirectUrl}?outcome=DUPLICATE`, {
      redirect: 'manual',
    });
    expect(page.status).toBe(302);
    const paid = (await graphql(url, STATE, { token: citizen, variables: { code } })).data.dossier;
    expect(paid.status).toBe('IN_PROGRESS');
    expect(paid.paidOnline).toBe(true);
    expect(paid.history.filter((step: { action: string }) => step.action === 'PAY')).toHaveLength(1);
    expect(paid.payments).toMatchObject([{ status: 'SUCCEEDED', settledVia: 'CALLBACK' }]);
    const receiptCode = paid.payments[0].receipt.verificationCode;
    expect((await graphql(url, VERIFY, { variables: { c: receiptCode } })).data.verifyDocument).toMatchObject(
      {
        status: 'VALID',
        kind: 'RECEIPT',
      },
    );

    const upload = (await graphql(url, 'mutation { createUploadUrl { url } }', { token: officer })).data
      .createUploadUrl.url;
    const form = new FormData();
    const content = Buffer.from('%PDF-1.4 bản sao trích lục khai sinh');
    form.append('file', new Blob([content], { type: 'application/pdf' }), 'ban-sao-trich-luc.pdf');
    const file = (await (await fetch(upload, { method: 'POST', body: form })).json()) as { id: string };
    const resolve = `mutation($code: ID!, $id: ID) { resolveDossier(code: $code, input: { summary: "Cấp 02 bản sao trích lục khai sinh", resultAttachmentId: $id }) { status } }`;
    const byCitizen = await graphql(url, resolve, { token: citizen, variables: { code, id: file.id } });
    expect(byCitizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherUnit = await graphql(url, resolve, {
      token: await federation.token('OFFICER', '30227'),
      variables: { code, id: file.id },
    });
    expect(otherUnit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const resolved = await graphql(url, resolve, { token: officer, variables: { code, id: file.id } });
    expect(resolved.data.resolveDossier.status).toBe('PROCESSING_FINISHED');

    const result = (await graphql(url, STATE, { token: citizen, variables: { code } })).data.dossier
      .electronicResult;
    const downloaded = await fetch(result.downloadUrl);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(content)).toBe(true);
    expect((await graphql(url, STATE, { token: citizen, variables: { code } })).data.dossier.status).toBe(
      'RESULT_RETURNED',
    );

    const resultCode = result.document.verificationCode;
    const valid = await graphql(url, VERIFY, { variables: { c: resultCode } });
    expect(valid.data.verifyDocument).toMatchObject({
      status: 'VALID',
      kind: 'RESULT',
      procedureName: 'Thủ tục cấp bản sao Trích lục hộ tịch',
      unit: { code: '30226' },
    });
    const revoke = `mutation($c: String!) { revokeDocument(input: { verificationCode: $c, reason: "Sai thông tin trên bản sao" }) { status } }`;
    expect(
      (await graphql(url, revoke, { token: citizen, variables: { c: resultCode } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await graphql(url, revoke, { token: officer, variables: { c: resultCode } })).data.revokeDocument
        .status,
    ).toBe('REVOKED');
    expect((await graphql(url, VERIFY, { variables: { c: resultCode } })).data.verifyDocument.status).toBe(
      'REVOKED',
    );
    expect(
      (await graphql(url, VERIFY, { variables: { c: 'ZZZZ-ZZZZ-ZZZZ' } })).data.verifyDocument.status,
    ).toBe('UNKNOWN');
  });

  it('settles by reconciliation a payment whose callback never came; refuses payment of a free dossier and of unknown ones', async () => {
    const url = federation.gateway.url;
    const citizen = await federation.token('CITIZEN');
    const officer = await federation.token('OFFICER', '30226');
    const code = await fileDossier(citizen, 'pay-2');
    for (const mutation of [
      'receiveDossier(code: $code)',
      'requestPayment(code: $code, input: { quantity: 1 })',
    ]) {
      expect(
        (
          await graphql(url, `mutation($code: ID!) { step: ${mutation} { status } }`, {
            token: officer,
            variables: { code },
          })
        ).errors,
      ).toBeUndefined();
    }
    const pay = `mutation($code: ID!) { payOnline(code: $code, input: { returnUrl: "https://dvc.example.vn/tt" }) { redirectUrl } }`;
    const started = await graphql(url, pay, { token: citizen, variables: { code } });
    await fetch(`${started.data.payOnline.redirectUrl}?outcome=TIMEOUT`, { redirect: 'manual' });
    expect((await graphql(url, STATE, { token: citizen, variables: { code } })).data.dossier.status).toBe(
      'PAYMENT_REQUESTED',
    );
    await until(
      async () =>
        (await graphql(url, STATE, { token: citizen, variables: { code } })).data.dossier.status ===
        'IN_PROGRESS',
    );
    const settled = (await graphql(url, STATE, { token: citizen, variables: { code } })).data.dossier;
    expect(settled.payments).toMatchObject([{ status: 'SUCCEEDED', settledVia: 'RECONCILIATION' }]);
    expect(settled.paidOnline).toBe(true);

    const unknown = await graphql(url, pay, {
      token: citizen,
      variables: { code: '000.00.91.H20-261127-9999' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const negative = await graphql(
      url,
      'mutation($code: ID!) { requestPayment(code: $code, input: { amountVnd: -8000 }) { status } }',
      { token: officer, variables: { code } },
    );
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Birth registration is free: nothing to pay, and nothing is recorded when the citizen tries.
    const free = await fileDossier(citizen, 'free-1', '1.001193');
    const freePay = await graphql(url, pay, { token: citizen, variables: { code: free } });
    expect(freePay.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(freePay.errors?.[0]?.message).toMatch(/không thu phí/);
    const freeState = (await graphql(url, STATE, { token: citizen, variables: { code: free } })).data.dossier;
    expect(freeState).toMatchObject({ status: 'NEWLY_FILED', payments: [], paidOnline: false });
  });
});
