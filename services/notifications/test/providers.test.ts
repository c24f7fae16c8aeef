import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProviders, startFakeProviders } from '../src/fake-providers/server';
import { httpProviders, internationalPhone } from '../src/providers/adapters';
import { ProviderError, type Providers } from '../src/providers/types';

describe('provider adapters against the fake providers', () => {
  let fake: FakeProviders;
  let providers: Providers;

  beforeAll(async () => {
    fake = await startFakeProviders({
      callbackSecret: 'x'.repeat(32),
      behaviour: { receiptDelayMs: 60_000 },
    });
    providers = httpProviders({
      sms: { url: fake.url, apiKey: 'k', brandname: 'UBND-TEST' },
      email: { url: fake.url, apiKey: 'k', from: 'noreply@example.vn' },
      zalo: { url: fake.url, accessToken: 't' },
      postal: { url: fake.url, apiKey: 'k' },
    });
  });
  afterAll(() => fake?.stop());

  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProviderError);
    return error as ProviderError;
  };

  it('sends an SMS once however often it is retried with the same key', async () => {
    const first = await providers.sms.send({ phone: '0912 345 678', text: 'Ho so X', idempotencyKey: 'k-1' });
    const again = await providers.sms.send({ phone: '0912345678', text: 'Ho so X', idempotencyKey: 'k-1' });
    expect(again.providerReference).toBe(first.providerReference);
    expect(fake.deliveries.filter((d) => d.key === 'k-1')).toEqual([
      expect.objectContaining({ channel: 'SMS', to: '84912345678', text: 'Ho so X' }),
    ]);
  });

  it('classifies 500 as temporary and 429 as rate-limited with the Retry-After', async () => {
    fake.behaviour.failureRate = 1;
    const kinds = new Set<string>();
    for (let i = 0; i < 20 && kinds.size < 2; i++) {
      const error = await failure(
        providers.sms.send({ phone: '0912345678', text: 'x', idempotencyKey: `f-${i}` }),
      );
      kinds.add(error.kind);
      if (error.kind === 'rate-limited') expect(error.retryAfterMs).toBe(1000);
    }
    fake.behaviour.failureRate = 0;
    expect([...kinds].sort()).toEqual(['rate-limited', 'temporary']);
  });

  it('answers 429 past the provider rate limit', async () => {
    fake.behaviour.rateLimitPerSecond = 2;
    const results = await Promise.allSettled(
      [1, 2, 3, 4, 5].map((i) =>
        providers.email.send({ to: 'a@b.vn', subject: 's', text: 't', idempotencyKey: `r-${i}` }),
      ),
    );
    fake.behaviour.rateLimitPerSecond = 0;
    const limited = results.filter(
      (r) => r.status === 'rejected' && (r.reason as ProviderError).kind === 'rate-limited',
    );
    expect(limited.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses for good what can never be sent', async () => {
    expect((await failure(providers.sms.send({ phone: '12345', text: 'x', idempotencyKey: 'p' }))).kind).toBe(
      'permanent',
    );
    expect(
      (await failure(providers.email.send({ to: 'nobody', subject: 's', text: 't', idempotencyKey: 'e' })))
        .kind,
    ).toBe('permanent');
    expect(() => internationalPhone('0241234567')).toThrow(ProviderError);
    expect(internationalPhone('+84 912 345 678')).toBe('84912345678');
  });

  it('sends Zalo template messages to a phone or a Zalo user id, and reads ZNS error codes from the body', async () => {
    const sent = await providers.zalo.send({
      to: { phone: '0987654321' },
      templateId: 'dvc_received_v2',
      data: { code: 'A' },
      idempotencyKey: 'z-1',
    });
    expect(sent.providerReference).toMatch(/^zalo-/);
    const byId = await providers.zalo.send({
      to: { userId: '8412345678901234567' },
      templateId: 'dvc_received_v2',
      data: { code: 'A' },
      idempotencyKey: 'z-uid',
    });
    expect(byId.providerReference).toMatch(/^zalo-/);
    expect(fake.deliveries.find((d) => d.key === 'z-1')?.to).toBe('84987654321');
    expect(fake.deliveries.find((d) => d.key === 'z-uid')?.to).toBe('uid:8412345678901234567');
    expect(
      (
        await failure(
          providers.zalo.send({
            to: { userId: 'lan.tran' },
            templateId: 't',
            data: {},
            idempotencyKey: 'z-3',
          }),
        )
      ).kind,
    ).toBe('permanent');
    const bad = httpProviders({
      sms: { url: fake.url, apiKey: 'k', brandname: 'B' },
      email: { url: fake.url, apiKey: 'k', from: 'a@b.vn' },
      zalo: { url: fake.url, accessToken: '' },
      postal: { url: fake.url, apiKey: 'k' },
    });
    expect(
      (
        await failure(
          bad.zalo.send({ to: { phone: '0987654321' }, templateId: 't', data: {}, idempotencyKey: 'z-2' }),
        )
      ).kind,
    ).toBe('rate-limited');
  });

  it('books a shipment once per order number, and cancels it', async () => {
    const booking = {
      orderNumber: 'D-1',
      receiverName: 'Trần Văn Bình',
      address: 'Ấp Long Thành, Lai Vung, Đồng Tháp',
      phone: '0912345678',
      codAmountVnd: 25_000,
    };
    const first = await providers.postal.book(booking);
    expect((await providers.postal.book(booking)).waybillNumber).toBe(first.waybillNumber);
    expect(fake.shipments.get(first.waybillNumber)).toMatchObject({
      orderNumber: 'D-1',
      cod: 25_000,
      status: 'BOOKED',
    });
    await providers.postal.cancel(first.waybillNumber);
    expect(fake.shipments.get(first.waybillNumber)?.status).toBe('CANCELLED');
    expect((await failure(providers.postal.cancel(first.waybillNumber))).kind).toBe('permanent');
  });

  it('treats an unreachable provider as a temporary failure', async () => {
    const down = httpProviders({
      sms: { url: 'http://127.0.0.1:1', apiKey: 'k', brandname: 'B' },
      email: { url: 'http://127.0.0.1:1', apiKey: 'k', from: 'a@b.vn' },
      zalo: { url: 'http://127.0.0.1:1', accessToken: 't' },
      postal: { url: 'http://127.0.0.1:1', apiKey: 'k' },
    });
    expect((await failure(down.sms.send({ phone: '0912345678', text: 'x', idempotencyKey: 'd' }))).kind).toBe(
      'temporary',
    );
  });
});
