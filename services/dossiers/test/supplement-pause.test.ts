import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleDeps } from '../src/rules/deps';
import { receiveDossier, requestSupplement, supplementDossier } from '../src/rules/lifecycle';
import { fileDirect, startStack, who } from './support';

const vn = (local: string) => new Date(`${local}+07:00`);

describe('the PAUSE supplement policy', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack({ SUPPLEMENT_POLICY: 'PAUSE', DEADLINE_WARNING_INTERVAL_SECONDS: '0' });
  });
  afterAll(async () => stack?.stop());

  const at = (local: string): RuleDeps => ({
    ...stack.deps,
    supplementPolicy: 'PAUSE',
    now: () => vn(local),
  });

  /** Receives a three-working-day dossier, asks for a supplement and completes it at the given local times. */
  async function pausedBetween(receivedAt: string, requestedAt: string, suppliedAt: string) {
    const code = await fileDirect(at(receivedAt), {
      at: vn(receivedAt),
      procedure: {
        name: 'Đăng ký kết hôn',
        method: 'ONLINE',
        duration: { unit: 'WORKING_DAYS', value: 3, cutoff: null },
        feeVnd: 0,
        feeDescription: null,
      },
    });
    const received = await receiveDossier(at(receivedAt), code, who.officer());
    await requestSupplement(at(requestedAt), code, who.officer(), {
      items: ['Giấy xác nhận tình trạng hôn nhân'],
    });
    const supplied = await supplementDossier(at(suppliedAt), code, who.citizen(), { note: 'Đã nộp' });
    return { received, supplied };
  }

  it('moves the deadline by the office time spent waiting, not by nights and weekends', async () => {
    const { received, supplied } = await pausedBetween(
      '2026-03-09T10:00:00',
      '2026-03-09T16:00:00',
      '2026-03-10T09:00:00',
    );
    expect(received.dueAt).toEqual(vn('2026-03-12T10:00:00'));
    // Waited 16:00–17:00 and 07:00–09:00: three office hours, not the 17 on the clock.
    expect(supplied.dueAt).toEqual(vn('2026-03-12T15:00:00'));
    expect(supplied.appointmentAt).toEqual(vn('2026-03-12T15:00:00'));
    expect(supplied.status).toBe(2);
  });

  it('skips holidays and lunch while paused', async () => {
    // Giỗ Tổ 2026 falls on Sunday 26/4, so Monday 27/4 is off: due Tuesday 28/4 10:00.
    const holiday = await pausedBetween('2026-04-22T10:00:00', '2026-04-24T16:00:00', '2026-04-28T08:00:00');
    expect(holiday.received.dueAt).toEqual(vn('2026-04-28T10:00:00'));
    // Waited Friday 16:00–17:00 and Tuesday 07:00–08:00: two office hours, pushed past lunch.
    expect(holiday.supplied.dueAt).toEqual(vn('2026-04-28T14:00:00'));
    const lunch = await pausedBetween('2026-03-16T10:00:00', '2026-03-16T11:00:00', '2026-03-16T14:00:00');
    // 11:00–11:30 and 13:30–14:00: one office hour.
    expect(lunch.supplied.dueAt).toEqual(vn('2026-03-19T11:00:00'));
  });
});
