import { type DossierEvent, newEvent } from '@dvc/contracts';
import { describe, expect, it } from 'vitest';
import { foldDossier } from '../src/projections/fold';

/** One dossier's events, received Monday 9/3/2026 10:00 (VN) and due Thursday 12/3 10:00. */
function history(requestedAt: string, suppliedAt: string, newAppointmentAt: string, resolvedAt: string) {
  const base = {
    dossierCode: 'T-1',
    unitCode: '30226',
    procedureCode: '1.000894',
    channel: 'ONLINE' as const,
  };
  const event = (type: DossierEvent['type'], at: string, extra: Record<string, unknown>) =>
    newEvent(type, { ...base, at, actorRole: 'OFFICER', ...extra } as never, 'test', new Date(at));
  return [
    event('dossier.received.v1', '2026-03-09T03:00:00Z', {
      assistedBy: null,
      receivedAt: '2026-03-09T03:00:00Z',
      appointmentAt: '2026-03-12T03:00:00Z',
      feeVnd: 0,
    }),
    event('dossier.supplement-requested.v1', requestedAt, { items: ['Giấy tờ'], policy: 'RESTART' }),
    event('dossier.supplemented.v1', suppliedAt, { appointmentAt: newAppointmentAt }),
    event('dossier.resolved.v1', resolvedAt, {
      appointmentAt: null,
      timeliness: 'ON_TIME',
      electronicResult: false,
    }),
  ];
}

// Issue 18, finding 2. Decision 766/QĐ-TTg takes a supplementation request's time as the end time for indicator
// 2.1: a dossier asked to supplement after its appointment date is late in 06a and 2.1, whatever the restart gives.
describe('a supplementation request after the deadline', () => {
  it('leaves the dossier late, and one made in time gets the fresh deadline', () => {
    const late = foldDossier(
      'T-1',
      history('2026-03-16T02:00:00Z', '2026-03-16T03:00:00Z', '2026-03-19T03:00:00Z', '2026-03-16T04:00:00Z'),
    );
    expect(late?.state).toMatchObject({ outcome: 'LATE', dueAt: '2026-03-12T03:00:00Z' });
    const inTime = foldDossier(
      'T-1',
      history('2026-03-10T02:00:00Z', '2026-03-16T03:00:00Z', '2026-03-19T03:00:00Z', '2026-03-16T04:00:00Z'),
    );
    expect(inTime?.state).toMatchObject({ outcome: 'EARLY', dueAt: '2026-03-19T03:00:00Z' });
  });
});
