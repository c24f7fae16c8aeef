import { subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePaymentProvider } from '../src/payments/fake-provider';
import type { RuleDeps } from '../src/rules/deps';
import { sampleFormData } from '../src/seed/sample-form';
import { fileDirect, startStack, who } from './support';

const SECRET = 'fake-payment-secret-0123456789';
const SUBMIT = `mutation($input: SubmitDossierInput!, $key: ID!) {
  submitDossier(input: $input, idempotencyKey: $key) { code feeVnd feeResolution }
}`;
const REQUEST = `mutation($code: ID!, $amount: Int) {
  requestPayment(code: $code, input: { amountVnd: $amount }) { status paymentAmountVnd }
}`;
const PAY = `mutation($code: ID!) {
  payOnline(code: $code, input: { returnUrl: "/da-thanh-toan" }) { amountVnd }
}`;
const SET_FEE = `mutation($input: ProvinceFeeInput!) { setProvinceFee(input: $input) { amountVnd } }`;

// Issue 18, finding 9: a fee "do HĐND tỉnh quy định" (Thông tư 85/2019/TT-BTC; in Đồng Tháp, for civil status,
// Nghị quyết 26/2025/NQ-HĐND) was filed as 0, and payOnline answered "this dossier charges no fee".
describe('a fee set by the province', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let fake: Awaited<ReturnType<typeof startFakePaymentProvider>>;
  let deps: RuleDeps;
  beforeAll(async () => {
    fake = await startFakePaymentProvider({ merchantCode: 'DVC', secret: SECRET });
    stack = await startStack({
      PAYMENT_PROVIDER_URL: fake.url,
      PAYMENT_SECRET: SECRET,
      PAYMENT_RECONCILE_INTERVAL_SECONDS: '0',
    });
    deps = stack.deps;
    // The online amount of a marital status certificate, as an administrator records it from the resolution; for
    // both provinces 30226 has belonged to (87 until 30/6/2025, 82 since), so that any test clock finds one.
    for (const provinceCode of ['87', '82']) {
      const answer = await subgraphRequest(stack.catalogueUrl, SET_FEE, {
        identity: who.admin(),
        secret: TEST_IDENTITY_SECRET,
        variables: {
          input: {
            provinceCode,
            procedureCode: '1.004873',
            method: 'ONLINE',
            validFrom: '2019-01-01',
            amountVnd: 8000,
            resolution: '01/2019/NQ-HĐND (thử nghiệm)',
            source: 'test',
            confirmed: false,
          },
        },
      });
      expect(answer.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await stack?.stop();
    await fake?.stop();
  });

  it('is filed at the amount of the unit’s province, requested by default and payable online', async () => {
    const procedure = await deps.catalogue.procedure('1.004873');
    if (!procedure) throw new Error('catalogue has no 1.004873');
    const filed = await stack.ask(who.citizen(), SUBMIT, {
      key: 'province-fee-1',
      input: {
        procedureCode: '1.004873',
        unitCode: '30226',
        applicant: { kind: 'PERSON', name: 'Nguyễn Văn An', idNumber: '087190000001' },
        formData: sampleFormData(procedure, {
          name: 'Nguyễn Văn An',
          idNumber: '087190000001',
          phone: '0912345678',
        }),
        contact: { phone: '0912345678', notifySms: true },
        returnChannel: 'DESK',
      },
    });
    expect(filed.errors).toBeUndefined();
    expect(filed.data?.submitDossier).toMatchObject({
      feeVnd: 8000,
      feeResolution: '01/2019/NQ-HĐND (thử nghiệm)',
    });
    const code = filed.data?.submitDossier.code;
    const officer = who.officer();
    expect(
      (await stack.ask(officer, 'mutation($code: ID!) { receiveDossier(code: $code) { status } }', { code }))
        .errors,
    ).toBeUndefined();
    expect(
      (await stack.ask(officer, 'mutation($code: ID!) { startProcessing(code: $code) { status } }', { code }))
        .errors,
    ).toBeUndefined();
    const requested = await stack.ask(officer, REQUEST, { code });
    expect(requested.errors).toBeUndefined();
    expect(requested.data?.requestPayment.paymentAmountVnd).toBe(8000);
    const paid = await stack.ask(who.citizen(), PAY, { code });
    expect(paid.errors).toBeUndefined();
    expect(paid.data?.payOnline.amountVnd).toBe(8000);
  });

  it('whose amount was not recorded is owed, not free: the desk states the amount', async () => {
    const code = await fileDirect(deps, {
      status: 4,
      procedureCode: '1.001612',
      procedure: {
        name: 'Đăng ký thành lập hộ kinh doanh',
        method: 'ONLINE',
        duration: null,
        feeVnd: 0,
        feeKind: 'SET_BY_PROVINCE',
        feeDescription: 'Lệ phí đăng ký hộ kinh doanh do HĐND tỉnh quy định',
        feeResolution: null,
      },
    });
    const early = await stack.ask(who.citizen(), PAY, { code });
    expect(early.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0]?.message).not.toMatch(/không thu phí/);
    const officer = who.officer();
    const withoutAmount = await stack.ask(officer, REQUEST, { code });
    expect(withoutAmount.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(withoutAmount.errors?.[0]?.message).toMatch(/HĐND tỉnh/);
    const stated = await stack.ask(officer, REQUEST, { code, amount: 100000 });
    expect(stated.data?.requestPayment.paymentAmountVnd).toBe(100000);
    const paid = await stack.ask(who.citizen(), PAY, { code });
    expect(paid.data?.payOnline.amountVnd).toBe(100000);
  });
});
