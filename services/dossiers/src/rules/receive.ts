import { newEvent } from '@dvc/contracts';
import { appendEvent } from '@dvc/database';
import type { DossiersDatabase } from '../db';
import { type Channel, dossiers } from '../db/schema';
import { nextDossierCode } from './dossier-code';
import { DOSSIER_STATUSES } from './status';

export type ReceivedDossier = {
  unitCode: string;
  unitPath: string[];
  agencyCode: string;
  procedureCode: string;
  procedureVersion: number;
  channel: Channel;
  applicantName: string;
  applicantIdNumber: string;
  receivedAt: Date;
  appointmentAt: Date | null;
};

/**
 * Records a dossier accepted at the desk: code, row and `dossier.received` event in one transaction, so that a
 * crash can never leave a dossier that reporting will not count, or an event about a dossier that does not exist.
 */
export async function recordReceivedDossier(
  db: DossiersDatabase,
  input: ReceivedDossier,
  source: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const code = await nextDossierCode(tx, input.agencyCode, input.receivedAt);
    await tx.insert(dossiers).values({
      code,
      unitCode: input.unitCode,
      unitPath: input.unitPath,
      procedureCode: input.procedureCode,
      procedureVersion: input.procedureVersion,
      status: DOSSIER_STATUSES.ACCEPTED,
      channel: input.channel,
      applicantName: input.applicantName,
      applicantIdNumber: input.applicantIdNumber,
      receivedAt: input.receivedAt,
      appointmentAt: input.appointmentAt,
    });
    await appendEvent(
      tx,
      newEvent(
        'dossier.received.v1',
        {
          dossierCode: code,
          unitCode: input.unitCode,
          procedureCode: input.procedureCode,
          channel: input.channel,
          at: input.receivedAt.toISOString(),
          actorRole: 'OFFICER',
          assistedBy: null,
          receivedAt: input.receivedAt.toISOString(),
          appointmentAt: input.appointmentAt?.toISOString() ?? null,
          feeVnd: 0,
        },
        source,
      ),
    );
    return code;
  });
}
