import { type DossierEvent, newEvent } from '@dvc/contracts';
import type { LegacyRow } from '../../src/demo/lai-vung-2019';

/**
 * What the dossiers import (services/dossiers/src/import/) emits for one legacy row: one event per step, with the
 * step's historical time as `at`, the owning unit at that moment, and the per-type fields of
 * packages/contracts/src/events.ts.
 */
export function legacyRowEvents(row: LegacyRow): DossierEvent[] {
  const owner = row.unitCode;
  let appointmentAt: string | null = null;
  const base = (at: string, actorRole: string) => ({
    dossierCode: row.code,
    unitCode: owner,
    procedureCode: row.procedureCode,
    channel: row.channel,
    at,
    actorRole,
  });
  return row.history.map((step) => {
    const common = base(step.at, step.actorRole);
    const when = new Date(step.at);
    switch (step.action) {
      case 'SUBMIT':
        return newEvent(
          'dossier.submitted.v1',
          {
            ...common,
            assistedBy: row.assistedBy,
            returnChannel: row.returnChannel,
            notify: { sms: false, email: false, zalo: false },
          },
          'import',
          when,
        );
      case 'RECEIVE':
        appointmentAt = step.appointmentAt ?? null;
        return newEvent(
          'dossier.received.v1',
          { ...common, assistedBy: row.assistedBy, receivedAt: step.at, appointmentAt, feeVnd: row.feeVnd },
          'import',
          when,
        );
      case 'START_PROCESSING':
        return newEvent('dossier.processing-started.v1', common, 'import', when);
      case 'RESOLVE': {
        const late = appointmentAt !== null && step.at > appointmentAt;
        return newEvent(
          'dossier.resolved.v1',
          { ...common, appointmentAt, timeliness: late ? 'LATE' : 'ON_TIME', electronicResult: false },
          'import',
          when,
        );
      }
      case 'RETURN_RESULT':
        return newEvent(
          'dossier.result-returned.v1',
          { ...common, returnChannel: step.returnChannel ?? row.returnChannel },
          'import',
          when,
        );
      case 'WITHDRAW':
        return newEvent('dossier.withdrawn.v1', common, 'import', when);
      case 'STOP':
        return newEvent(
          'dossier.processing-stopped.v1',
          { ...common, reason: step.reason ?? 'Dừng xử lý' },
          'import',
          when,
        );
    }
    throw new Error(`step ${step.action} of ${row.code} has no event in this helper`);
  });
}
