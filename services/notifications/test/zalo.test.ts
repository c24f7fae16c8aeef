import { testRedisUrl } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from './stack';

describe('Zalo messages', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack(testRedisUrl());
  });
  afterAll(() => stack?.stop());

  it('go to the Zalo user id the applicant gave, not to the phone number', async () => {
    const code = await stack.file({ zaloId: '8412345678901234567' });
    await expect
      .poll(
        async () =>
          (await stack.messagesOf(code)).notifications
            .filter((n) => n.status === 'DELIVERED')
            .map((n) => `${n.channel} ${n.recipientMasked}`)
            .sort(),
        { timeout: 30_000, interval: 300 },
      )
      .toEqual(['EMAIL l***@example.vn', 'SMS 091****678', 'ZALO Zalo ID 841****567']);
    const zalo = (await stack.messagesOf(code)).notifications.find((n) => n.channel === 'ZALO');
    const sent = stack.fake.deliveries.filter((d) => d.key === zalo?.id);
    expect(sent.map((d) => d.to)).toEqual(['uid:8412345678901234567']);
    expect(JSON.parse(sent[0]?.text ?? '{}')).toEqual({
      template_id: 'dvc_submitted_v1',
      template_data: { code, procedure: 'Đăng ký khai sinh' },
    });
  });
});
