import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleDeps } from '../src/rules/deps';
import {
  receiveDossier,
  requestSupplement,
  resolveDossier,
  startProcessing,
  supplementDossier,
} from '../src/rules/lifecycle';
import { pdfText } from './pdf-text';
import { fileDirect, startStack, who } from './support';

const vn = (local: string) => new Date(`${local}+07:00`);

// Issue 18, finding 2. Decision 766/QĐ-TTg (indicator 2.1) takes the time of a supplementation request as the end
// time of a dossier that asked for one: a request made after the appointment date leaves the dossier late, whatever
// deadline the supplement then gives (the decree's restart, or the pause deducted).
describe.each(['RESTART', 'PAUSE'] as const)('a supplement under %s', (policy) => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack({ SUPPLEMENT_POLICY: policy, DEADLINE_WARNING_INTERVAL_SECONDS: '0' });
  });
  afterAll(async () => stack?.stop());

  const at = (local: string): RuleDeps => ({ ...stack.deps, supplementPolicy: policy, now: () => vn(local) });

  /** A three-working-day dossier received Monday 9/3/2026 10:00 (due Thursday 12/3 10:00). */
  async function walk(requestedAt: string, suppliedAt: string, resolvedAt: string) {
    const code = await fileDirect(at('2026-03-09T09:00:00'), {
      at: vn('2026-03-09T09:00:00'),
      procedure: {
        name: 'Đăng ký kết hôn',
        method: 'ONLINE',
        duration: { unit: 'WORKING_DAYS', value: 3, cutoff: null },
        feeVnd: 0,
        feeDescription: null,
      },
    });
    const officer = who.officer();
    await receiveDossier(at('2026-03-09T10:00:00'), code, officer);
    await startProcessing(at('2026-03-09T10:30:00'), code, officer);
    await requestSupplement(at(requestedAt), code, officer, { items: ['Giấy xác nhận tình trạng hôn nhân'] });
    const supplied = await supplementDossier(at(suppliedAt), code, who.citizen(), { note: 'Đã nộp' });
    if (supplied.status === 2) await startProcessing(at(suppliedAt), code, officer);
    const resolved = await resolveDossier(at(resolvedAt), code, officer, { summary: 'Đã cấp' });
    return { supplied, resolved };
  }

  it('leaves a dossier late when the request came after its appointment date', async () => {
    const { supplied, resolved } = await walk(
      '2026-03-16T09:00:00',
      '2026-03-16T10:00:00',
      '2026-03-16T11:00:00',
    );
    // Lateness stays judged on the deadline that was missed; under the restart the citizen is given a date to
    // come back (under the pause the deducted date has passed already: the desk owes an apology with a new one).
    expect(supplied.dueAt).toEqual(vn('2026-03-12T10:00:00'));
    if (policy === 'RESTART') expect(supplied.appointmentAt).toEqual(vn('2026-03-19T10:00:00'));
    expect(resolved.timeliness).toBe('LATE');
  });

  it('gives a fresh deadline to a request made in time', async () => {
    const { resolved } = await walk('2026-03-10T09:00:00', '2026-03-16T09:00:00', '2026-03-16T11:00:00');
    expect(resolved.timeliness).not.toBe('LATE');
  });

  // Issue 18, finding 10: the new appointment a supplement gives is told (dossier.supplemented.v1 carries it to
  // notifications) and printed on the receipt (Mẫu 01) the citizen can download again.
  it('prints the new appointment on the receipt the citizen downloads', async () => {
    const { supplied } = await walk('2026-03-10T09:00:00', '2026-03-16T09:00:00', '2026-03-16T11:00:00');
    const answer = await stack.ask(
      who.citizen(),
      'query($code: ID!) { dossier(code: $code) { appointmentDate documents { kind url } } }',
      { code: supplied.code },
    );
    // Under the restart the full three days again from completion on Monday 16/3 09:00; under the pause the old
    // deadline moved by the office time waited.
    expect(supplied.appointmentAt).toEqual(
      vn(policy === 'RESTART' ? '2026-03-19T09:00:00' : '2026-03-18T10:00:00'),
    );
    expect(new Date(answer.data?.dossier.appointmentDate)).toEqual(supplied.appointmentAt);
    const receipt = answer.data?.dossier.documents.find((d: { kind: string }) => d.kind === 'MAU_01');
    const text = pdfText(Buffer.from(await (await fetch(receipt.url)).arrayBuffer()));
    expect(text).toContain(
      policy === 'RESTART'
        ? '09 giờ 00 phút, ngày 19 tháng 03 năm 2026'
        : '10 giờ 00 phút, ngày 18 tháng 03 năm 2026',
    );
  });
});
