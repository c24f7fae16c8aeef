import type { Identity } from '@dvc/identity';
import { eq } from 'drizzle-orm';
import type { DossierRow } from '../data/dossiers';
import type { DossiersDatabase } from '../db';
import { dossiers } from '../db/schema';
import { actorOf, recordTransition } from './lifecycle';
import { DOSSIER_STATUSES as S } from './status';
import { TRANSITIONS } from './transitions';
import { assertUnitWritable } from './unit-moves';

/**
 * An applicant who chose to receive the result online has received it when they first download it: that is the
 * return (status 10, channel ONLINE), recorded once; later downloads change nothing.
 */
export async function recordOnlineReturn(
  db: DossiersDatabase,
  source: string,
  dossier: DossierRow,
  identity: Identity,
): Promise<void> {
  const applicant = identity.role === 'CITIZEN' && identity.sub !== null && identity.sub === dossier.ownerSub;
  if (!applicant || dossier.returnChannel !== 'ONLINE' || dossier.status !== S.PROCESSING_FINISHED) return;
  await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(dossiers).where(eq(dossiers.code, dossier.code)).for('update');
    if (!locked || locked.status !== S.PROCESSING_FINISHED) return;
    await assertUnitWritable(tx, locked.receivingUnitCode);
    const at = new Date();
    const change = TRANSITIONS.RETURN_RESULT(locked, at, {
      returnChannel: 'ONLINE',
      note: 'Người nộp tải kết quả điện tử',
    });
    await recordTransition(tx, source, locked, 'RETURN_RESULT', actorOf(identity), at, change);
  });
}
