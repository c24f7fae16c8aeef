import { signIdentity } from '@dvc/identity';
import { TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePaymentProvider } from '../src/payments/fake-provider';
import { sign, unixNow } from '../src/payments/protocol';
import { httpPaymentProvider } from '../src/payments/provider';
import type { RuleDeps } from '../src/rules/deps';
import { reconcilePayments } from '../src/rules/payments';
import { pdfText } from './pdf-text';
import { fileDirect, startStack, who } from './support';

const SECRET = 'fake-payment-secret-0123456789';
const FEE = { name: 'Thủ tục cấp bản sao Trích lục hộ tịch', method: 'ONLINE', duration: null };
const PAY = `mutation($code: ID!) { payOnline(code: $code, input: { returnUrl: "https://dvc.example.vn/da-thanh-toan" }) { reference amountVnd redirectUrl } }`;
const STATE = `query($code: ID!) { dossier(code: $code) { status paymentAmountVnd paidOnline history { action actorRole }
  payments { reference attempt amountVnd status transactionId settledVia receipt { verificationCode kind url } } } }`;
const VERIFY = `query($c: String!) { verifyDocument(verificationCode: $c) { status kind procedureName unit { code } issuedAt revokedAt } }`;

describe('online payment, receipts and verifiable results', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let fake: Awaited<ReturnType<typeof startFakePaymentProvider>>;
  let deps: RuleDeps;
  beforeAll(async () => {
    fake = await startFakePaymentProvider({ merchantCode: 'DVC', secret: SECRET });
    stack = await startStack({
      PAYMENT_PROVIDER_URL: fake.url,
      PAYMENT_SECRET: SECRET,
      PAYMENT_RECONCILE_INTERVAL_SECONDS: '0',
      PAYMENT_RETURN_ORIGINS: 'https://dvc.example.vn',
    });
    deps = {
      ...stack.deps,
      payments: {
        provider: httpPaymentProvider({
          url: fake.url,
          merchantCode: 'DVC',
          secret: SECRET,
          maxAgeSeconds: 300,
        }),
        callbackUrl: () => `${stack.base}/payments/callback`,
        returnOrigins: ['https://dvc.example.vn'],
      },
    };
  });
  afterAll(async () => {
    await stack?.stop();
    await fake?.stop();
  });

  const feeDossier = (feeKind = 'PER_COPY', feeVnd = 8000, status = 4) =>
    fileDirect(stack.deps, {
      status,
      procedureCode: '2.000635',
      procedure: { ...FEE, feeVnd, feeKind, feeDescription: '8.000 đồng/bản sao' },
      returnChannel: 'ONLINE',
    });
  const count = async (query: ReturnType<typeof sql>) => (await stack.db.execute<{ n: number }>(query))[0]?.n;
  const paidEvents = (code: string) =>
    count(
      sql`select count(*)::int as n from outbox where type = 'dossier.paid.v1' and payload->>'dossierCode' = ${code} and (payload->>'online')::boolean`,
    );
  const answerCode = async (response: Response) => ((await response.json()) as { code: string }).code;
  const callback = (body: Record<string, unknown>) =>
    fetch(`${stack.base}/payments/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const signed = (fields: Record<string, unknown>) => ({
    ...fields,
    signature: sign(SECRET, 'callback', fields),
  });

  it('charges the procedure fee by copy, refuses bad amounts and zero-fee dossiers, and changes nothing when refusing', async () => {
    const officer = who.officer();
    const code = await feeDossier();
    const request = `mutation($code: ID!, $amount: Int, $quantity: Int) { requestPayment(code: $code, input: { amountVnd: $amount, quantity: $quantity }) { status paymentAmountVnd } }`;
    const noQuantity = await stack.ask(officer, request, { code });
    expect(noQuantity.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(noQuantity.errors?.[0]?.message).toMatch(/bản sao/);
    const negative = await stack.ask(officer, request, { code, amount: -5000 });
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const citizen = await stack.ask(who.citizen(), request, { code, quantity: 2 });
    expect(citizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.ask(officer, STATE, { code })).data?.dossier.status).toBe('IN_PROGRESS');
    const asked = await stack.ask(officer, request, { code, quantity: 2 });
    expect(asked.data?.requestPayment).toEqual({ status: 'PAYMENT_REQUESTED', paymentAmountVnd: 16000 });

    const free = await feeDossier('FREE', 0);
    const freeAsked = await stack.ask(officer, request, { code: free });
    expect(freeAsked.errors?.[0]?.message).toMatch(/không thu phí/);
    const freePay = await stack.ask(who.citizen(), PAY, { code: free });
    expect(freePay.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(freePay.errors?.[0]?.message).toMatch(/không thu phí/);
    const unknown = await stack.ask(who.citizen(), PAY, { code: '000.00.91.H20-000101-9999' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count(sql`select count(*)::int as n from payments where dossier_code = ${free}`)).toBe(0);
  });

  it('only the applicant pays; the callback marks the dossier paid once, with one receipt; replays and forgeries change nothing', async () => {
    const code = await feeDossier('FIXED', 8000, 6);
    await stack.db.execute(sql`update dossiers set payment_amount_vnd = 8000 where code = ${code}`);
    expect((await stack.ask(who.officer(), PAY, { code })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.ask(who.citizen('citizen-2'), PAY, { code })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await stack.ask(who.anonymous(), PAY, { code })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    const started = await stack.ask(who.citizen(), PAY, { code });
    expect(started.errors).toBeUndefined();
    const { reference, amountVnd, redirectUrl } = started.data?.payOnline ?? {};
    expect(reference).toBe(`${code}-1`);
    expect(amountVnd).toBe(8000);

    const base = {
      merchantCode: 'DVC',
      reference,
      transactionId: 'T-FORGED',
      amountVnd: 8000,
      result: 'SUCCESS',
      message: '',
    };
    const forged = await callback({
      ...signed({ ...base, timestamp: unixNow() }),
      signature: 'ab'.repeat(32),
    });
    expect(forged.status).toBe(401);
    const wrongKey = await callback({
      ...base,
      timestamp: unixNow(),
      signature: sign('another-secret-xxxxxxxx', 'callback', { ...base, timestamp: unixNow() }),
    });
    expect(wrongKey.status).toBe(401);
    const stale = await callback(signed({ ...base, timestamp: unixNow() - 3600 }));
    expect(stale.status).toBe(400);
    expect(await answerCode(stale)).toBe('98');
    const mismatched = await callback(signed({ ...base, amountVnd: 1000, timestamp: unixNow() }));
    expect(mismatched.status).toBe(400);
    expect(await answerCode(mismatched)).toBe('04');
    const unknown = await callback(signed({ ...base, reference: `${code}-9`, timestamp: unixNow() }));
    expect(unknown.status).toBe(404);
    const untouched = (await stack.ask(who.citizen(), STATE, { code })).data?.dossier;
    expect(untouched.status).toBe('PAYMENT_REQUESTED');
    expect(untouched.payments[0].status).toBe('PENDING');

    // The payer's page on the platform: it calls back twice, as platforms do when the first answer is slow.
    const page = await fetch(`${redirectUrl}?outcome=DUPLICATE`, { redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toContain('https://dvc.example.vn/da-thanh-toan');
    expect(fake.callbacks.slice(-2).map((answer) => (answer.body as { code: string }).code)).toEqual([
      '00',
      '02',
    ]);
    const paid = (await stack.ask(who.citizen(), STATE, { code })).data?.dossier;
    expect(paid.status).toBe('IN_PROGRESS');
    expect(paid.paidOnline).toBe(true);
    expect(paid.history.filter((step: { action: string }) => step.action === 'PAY')).toHaveLength(1);
    expect(paid.payments[0]).toMatchObject({
      status: 'SUCCEEDED',
      settledVia: 'CALLBACK',
      receipt: { kind: 'RECEIPT' },
    });
    expect(await paidEvents(code)).toBe(1);
    // A replay of the genuine callback, freshly signed, is still the same transaction: nothing more happens.
    const replay = await callback(
      signed({ ...base, transactionId: paid.payments[0].transactionId, timestamp: unixNow() }),
    );
    expect(await answerCode(replay)).toBe('02');
    expect(await paidEvents(code)).toBe(1);
    expect(
      await count(sql`select count(*)::int as n from issued_documents where dossier_code = ${code}`),
    ).toBe(1);

    const receipt = paid.payments[0].receipt;
    const pdf = await fetch(receipt.url);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ');
    expect(text).toContain(receipt.verificationCode);
    expect(text).toContain('8.000 đồng');
    const check = await stack.ask(who.anonymous(), VERIFY, { c: receipt.verificationCode.toLowerCase() });
    expect(check.data?.verifyDocument).toMatchObject({
      status: 'VALID',
      kind: 'RECEIPT',
      unit: { code: '30226' },
    });
  });

  it('records a failed payment, and settles one whose callback never came by reconciliation', async () => {
    const code = await feeDossier('FIXED', 8000, 6);
    await stack.db.execute(sql`update dossiers set payment_amount_vnd = 8000 where code = ${code}`);
    const first = (await stack.ask(who.citizen(), PAY, { code })).data?.payOnline;
    await fetch(`${first.redirectUrl}?outcome=FAILURE`, { redirect: 'manual' });
    const failed = (await stack.ask(who.citizen(), STATE, { code })).data?.dossier;
    expect(failed.status).toBe('PAYMENT_REQUESTED');
    expect(failed.payments[0]).toMatchObject({ status: 'FAILED', receipt: null });

    const second = (await stack.ask(who.citizen(), PAY, { code })).data?.payOnline;
    expect(second.reference).toBe(`${code}-2`);
    await fetch(`${second.redirectUrl}?outcome=TIMEOUT`, { redirect: 'manual' });
    expect((await stack.ask(who.citizen(), STATE, { code })).data?.dossier.status).toBe('PAYMENT_REQUESTED');
    const counts = await reconcilePayments(deps, 0, 86_400);
    expect(counts.settled).toBeGreaterThanOrEqual(1);
    const settled = (await stack.ask(who.citizen(), STATE, { code })).data?.dossier;
    expect(settled.status).toBe('IN_PROGRESS');
    expect(settled.payments[1]).toMatchObject({ status: 'SUCCEEDED', settledVia: 'RECONCILIATION' });
    expect(await paidEvents(code)).toBe(1);
    await reconcilePayments(deps, 0, 86_400);
    expect(await paidEvents(code)).toBe(1);
  });

  it('an officer resolves with a result file; the applicant downloads it (returned online); anyone verifies it; only the unit revokes', async () => {
    const code = await feeDossier('FIXED', 8000, 4);
    const officer = who.officer();
    const content = Buffer.from('%PDF-1.4 trích lục hộ tịch bản sao');
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'application/pdf' }), 'trich-luc.pdf');
    const uploaded = (await (
      await fetch(`${stack.base}/files`, {
        method: 'POST',
        body: form,
        headers: signIdentity(officer, TEST_IDENTITY_SECRET),
      })
    ).json()) as { id: string };
    const resolve = `mutation($code: ID!, $id: ID) { resolveDossier(code: $code, input: { summary: "Cấp bản sao trích lục", resultAttachmentId: $id }) { status } }`;
    expect(
      (await stack.ask(who.officer('30227'), resolve, { code, id: uploaded.id })).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await stack.ask(who.citizen(), resolve, { code, id: uploaded.id })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await stack.ask(officer, resolve, { code, id: uploaded.id })).errors).toBeUndefined();
    expect(
      await count(
        sql`select count(*)::int as n from outbox where type = 'dossier.resolved.v1' and payload->>'dossierCode' = ${code} and (payload->>'electronicResult')::boolean`,
      ),
    ).toBe(1);

    const RESULT = `query($code: ID!) { dossier(code: $code) { status returnChannel electronicResult { fileName sha256 downloadUrl document { verificationCode kind url } } } }`;
    const view = (await stack.ask(who.citizen(), RESULT, { code })).data?.dossier;
    const download = await fetch(view.electronicResult.downloadUrl);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
    const after = (await stack.ask(who.citizen(), RESULT, { code })).data?.dossier;
    expect(after).toMatchObject({ status: 'RESULT_RETURNED', returnChannel: 'ONLINE' });
    await fetch(view.electronicResult.downloadUrl);
    expect(
      await count(
        sql`select count(*)::int as n from dossier_history where dossier_code = ${code} and action = 'RETURN_RESULT'`,
      ),
    ).toBe(1);

    const slip = pdfText(Buffer.from(await (await fetch(view.electronicResult.document.url)).arrayBuffer()));
    expect(slip).toContain('PHIẾU XÁC THỰC KẾT QUẢ');
    const verificationCode = view.electronicResult.document.verificationCode;
    expect(slip).toContain(verificationCode);

    const valid = await stack.ask(who.anonymous(), VERIFY, { c: verificationCode });
    expect(valid.data?.verifyDocument).toMatchObject({
      status: 'VALID',
      kind: 'RESULT',
      procedureName: FEE.name,
      revokedAt: null,
    });
    expect(JSON.stringify(valid.data)).not.toContain('Nguyễn');
    expect(
      (await stack.ask(who.anonymous(), VERIFY, { c: 'AAAA-BBBB-CCCC' })).data?.verifyDocument.status,
    ).toBe('UNKNOWN');

    const revoke = `mutation($c: String!) { revokeDocument(input: { verificationCode: $c, reason: "Cấp nhầm" }) { status revokedAt } }`;
    expect(
      (await stack.ask(who.citizen(), revoke, { c: verificationCode })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await stack.ask(who.officer('30227'), revoke, { c: verificationCode })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await stack.ask(who.leader(), revoke, { c: verificationCode })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await stack.ask(who.anonymous(), VERIFY, { c: verificationCode })).data?.verifyDocument.status,
    ).toBe('VALID');
    const revoked = await stack.ask(officer, revoke, { c: verificationCode });
    expect(revoked.data?.revokeDocument.status).toBe('REVOKED');
    expect(
      (await stack.ask(who.anonymous(), VERIFY, { c: verificationCode })).data?.verifyDocument.status,
    ).toBe('REVOKED');
  });

  it('keeps a second completed payment as due for refund, and lets only an officer of the unit refund it', async () => {
    const code = await feeDossier('FIXED', 8000, 6);
    await stack.db.execute(sql`update dossiers set payment_amount_vnd = 8000 where code = ${code}`);
    const lost = (await stack.ask(who.citizen(), PAY, { code })).data?.payOnline;
    await fetch(`${lost.redirectUrl}?outcome=TIMEOUT`, { redirect: 'manual' });
    const second = (await stack.ask(who.citizen(), PAY, { code })).data?.payOnline;
    await fetch(`${second.redirectUrl}?outcome=SUCCESS`, { redirect: 'manual' });
    await reconcilePayments(deps, 0, 86_400);
    const state = (await stack.ask(who.officer(), STATE, { code })).data?.dossier;
    expect(state.status).toBe('IN_PROGRESS');
    expect(state.payments.map((payment: { status: string }) => payment.status)).toEqual([
      'REFUND_DUE',
      'SUCCEEDED',
    ]);
    expect(await paidEvents(code)).toBe(1);

    const refund = `mutation($r: ID!) { refundPayment(input: { reference: $r, reason: "Nộp trùng" }) { status refundedAt refundReason } }`;
    expect(
      (await stack.ask(who.citizen(), refund, { r: lost.reference })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await stack.ask(who.officer('30227'), refund, { r: lost.reference })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await stack.ask(who.officer(), refund, { r: second.reference })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    const done = await stack.ask(who.officer(), refund, { r: lost.reference });
    expect(done.data?.refundPayment).toMatchObject({ status: 'REFUNDED', refundReason: 'Nộp trùng' });
    expect(
      (await stack.ask(who.officer(), refund, { r: lost.reference })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
  });
});

describe('the fake payment platform in development', () => {
  it('runs inside the service when FAKE_PAYMENT_PROVIDER is set, and a payment through it completes', async () => {
    const stack = await startStack({
      NODE_ENV: 'development',
      FAKE_PAYMENT_PROVIDER: 'true',
      PAYMENT_RETURN_ORIGINS: 'https://dvc.example.vn',
    });
    try {
      const code = await fileDirect(stack.deps, {
        status: 6,
        paymentAmountVnd: 2000,
        procedure: { ...FEE, feeVnd: 2000, feeKind: 'FIXED', feeDescription: null },
      });
      const started = (await stack.ask(who.citizen(), PAY, { code })).data?.payOnline;
      expect(started.redirectUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pay\//);
      await fetch(started.redirectUrl, { redirect: 'manual' });
      const state = (await stack.ask(who.citizen(), STATE, { code })).data?.dossier;
      expect(state).toMatchObject({ status: 'IN_PROGRESS', paidOnline: true });
    } finally {
      await stack.stop();
    }
  });
});
