import type { DomainEvent } from '@dvc/contracts';
import { claimEvent } from '@dvc/database';
import type { Logger } from '@dvc/service-kit';
import { eq } from 'drizzle-orm';
import type { DossiersDatabase } from '../db';
import { dossiers } from '../db/schema';
import { recordTransition } from '../rules/lifecycle';
import { DOSSIER_STATUSES } from '../rules/status';
import { TRANSITIONS } from '../rules/transitions';
import { assertUnitWritable } from '../rules/unit-moves';

/**
 * The post office handed the result over: the dossier's result is returned by post (status 10), at the moment
 * the postman delivered it. Claimed in the same transaction, so a redelivered event records nothing twice.
 */
export async function handlePostalDelivered(
  db: DossiersDatabase,
  source: string,
  event: DomainEvent,
  logger: Logger,
): Promise<void> {
  if (event.type !== 'postal.shipment-delivered.v1') return;
  const { dossierCode, waybillNumber, at } = event.payload;
  await db.transaction(async (tx) => {
    if (!(await claimEvent(tx, 'dossiers', event.id))) return;
    const [dossier] = await tx.select().from(dossiers).where(eq(dossiers.code, dossierCode)).for('update');
    if (!dossier || dossier.status !== DOSSIER_STATUSES.PROCESSING_FINISHED) {
      logger.warn(
        { dossierCode, status: dossier?.status },
        'postal delivery for a dossier not awaiting return',
      );
      return;
    }
    // Thrown, the claim rolls back with it and the job is retried rather than lost.
    await assertUnitWritable(tx, dossier.receivingUnitCode);
    const change = TRANSITIONS.RETURN_RESULT(dossier, new Date(at), {
      returnChannel: 'POST',
      note: `Bưu chính đã phát kết quả, số vận đơn ${waybillNumber}`,
      details: { waybillNumber },
    });
    const system = { sub: null, role: 'SYSTEM', unitCode: null };
    await recordTransition(tx, source, dossier, 'RETURN_RESULT', system, new Date(at), change);
  });
}
