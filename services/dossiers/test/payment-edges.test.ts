import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePaymentProvider } from '../src/payments/fake-provider';
import { httpPaymentProvider } from '../src/payments/provider';
import type { RuleDeps } from '../src/rules/deps';
import { reconcilePayments } from '../src/rules/payments';
import { fileDirect, startStack, who } from './support';

const SECRET = 'fake-payment-secret-0123456789';
const FEE = { name: 'Thủ tục cấp bản sao Trích lục hộ tịch', method: 'ONLINE', duration: null };
const BACK = 'https://dvc.example.vn/da-thanh-toan';
const PAY = `mutation($code: ID!, $url: String!) { payOnline(code: $code, input: { returnUrl: $url }) { reference redirectUrl } }`;
const DAY = 86_400;

describe('the edges of online payment', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let fake: Awaited<ReturnType<typeof startFakePaymentProvider>>;
  let deps: RuleDeps;
  beforeAll(async () => {
    fake = await startFakePaymentProvider({ merchantCode: 'DVC', secret: SECRET });
    stack = await startStack({
      PAYMENT_PROVIDER_URL: fake.url,
      PAYMENT_SECRET: SECRET,
      PAYMENT_RECONCILE_INTERVAL_SECONDS: '0',
      PAYMENT_RETURN_ORIGINS: 'https://dvc.example.vn, https://dichvucong.laivung.gov.vn',
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

  const owing = async () =>
    fileDirect(stack.deps, {
      status: 6,
      paymentAmountVnd: 8000,
      procedure: { ...FEE, feeVnd: 8000, feeKind: 'FIXED', feeDescription: null },
    });
  const count = async (query: ReturnType<typeof sql>) => (await stack.db.execute<{ n: number }>(query))[0]?.n;

  it.each([
    'javascript:alert(document.cookie)',
    'https://evil.example/steal',
    '//evil.example/steal',
    'data:text/html,<script>alert(1)</script>',
    'http://dvc.example.vn/da-thanh-toan',
    'https://dvc.example.vn.evil.example/x',
  ])('sends the payer back only to the web app: %s is refused and nothing is recorded', async (url) => {
    const code = await owing();
    const answer = await stack.ask(who.citizen(), PAY, { code, url });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count(sql`select count(*)::int as n from payments where dossier_code = ${code}`)).toBe(0);
  });

  it('takes a path of the web app, or an address at one of its origins', async () => {
    const relative = await owing();
    const started = await stack.ask(who.citizen(), PAY, { code: relative, url: '/ho-so/da-thanh-toan?x=1' });
    expect(started.errors).toBeUndefined();
    const page = await fetch(started.data?.payOnline.redirectUrl, { redirect: 'manual' });
    expect(page.headers.get('location')).toMatch(/^https:\/\/dvc\.example\.vn\/ho-so\/da-thanh-toan\?x=1/);
    const second = await owing();
    const absolute = await stack.ask(who.citizen(), PAY, {
      code: second,
      url: 'https://dichvucong.laivung.gov.vn/da-thanh-toan',
    });
    expect(absolute.errors).toBeUndefined();
  });

  it('pays once per reference: reloading the platform page of a settled payment changes nothing', async () => {
    const code = await owing();
    const { redirectUrl, reference } =
      (await stack.ask(who.citizen(), PAY, { code, url: BACK })).data?.payOnline ?? {};
    const before = fake.callbacks.length;
    await fetch(redirectUrl, { redirect: 'manual' });
    const first = await deps.payments?.provider.status(reference);
    expect(first?.status).toBe('SUCCESS');
    const reload = await fetch(`${redirectUrl}?outcome=FAILURE`, { redirect: 'manual' });
    expect(reload.status).toBe(302);
    const again = await deps.payments?.provider.status(reference);
    expect(again).toMatchObject({ status: 'SUCCESS', transactionId: first?.transactionId });
    expect(fake.callbacks.length - before).toBe(1);
    const [row] = await stack.db.execute<{ status: string; provider_transaction_id: string }>(
      sql`select status, provider_transaction_id from payments where reference = ${reference}`,
    );
    expect(row).toEqual({ status: 'SUCCEEDED', provider_transaction_id: first?.transactionId });
  });

  it("keeps the platform's transaction id out of the history's notes", async () => {
    const code = await owing();
    const { redirectUrl, reference } =
      (await stack.ask(who.citizen(), PAY, { code, url: BACK })).data?.payOnline ?? {};
    await fetch(redirectUrl, { redirect: 'manual' });
    const status = await deps.payments?.provider.status(reference);
    const history = (
      await stack.ask(
        who.officer(),
        'query($code: ID!) { dossier(code: $code) { history { action note } } }',
        {
          code,
        },
      )
    ).data?.dossier.history;
    expect(history.some((step: { action: string }) => step.action === 'PAY')).toBe(true);
    expect(JSON.stringify(history)).not.toContain(status?.transactionId);
  });

  it('refuses an officer recording a desk payment as an online one', async () => {
    const code = await owing();
    const record = `mutation($code: ID!, $online: Boolean!) { recordPayment(code: $code, input: { online: $online }) { status } }`;
    const online = await stack.ask(who.officer(), record, { code, online: true });
    expect(online.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      await count(
        sql`select count(*)::int as n from outbox where type = 'dossier.paid.v1' and payload->>'dossierCode' = ${code}`,
      ),
    ).toBe(0);
    const desk = await stack.ask(who.officer(), record, { code, online: false });
    expect(desk.data?.recordPayment.status).toBe('IN_PROGRESS');
  });

  it('expires a payment the platform never heard of after the configured time, and only then', async () => {
    const code = await owing();
    const now = stack.deps.now();
    const unknown = async (reference: string, ageSeconds: number) =>
      stack.db.execute(sql`insert into payments (id, dossier_code, attempt, reference, amount_vnd, description, payer_sub, created_at)
        values (${randomUUID()}, ${code}, ${Number(reference.slice(-1))}, ${reference}, 8000, 'x', 'citizen-1',
        ${new Date(now.getTime() - ageSeconds * 1000).toISOString()}::timestamptz)`);
    await unknown(`${code}-1`, 2 * DAY);
    await unknown(`${code}-2`, 3600);
    const counts = await reconcilePayments(deps, 0, DAY);
    expect(counts.expired).toBe(1);
    const rows = await stack.db.execute<{ reference: string; status: string; failure_reason: string | null }>(
      sql`select reference, status, failure_reason from payments where dossier_code = ${code} order by attempt`,
    );
    expect(rows.map((row) => row.status)).toEqual(['FAILED', 'PENDING']);
    expect(rows[0]?.failure_reason).toMatch(/expired/i);
    // The dossier still waits for its payment: the applicant may start a new attempt.
    const again = await stack.ask(who.citizen(), PAY, { code, url: '/da-thanh-toan' });
    expect(again.data?.payOnline.reference).toBe(`${code}-3`);
  });
});
