import { rm } from 'node:fs/promises';
import { and, isNull, lt } from 'drizzle-orm';
import type { DossiersDatabase } from '../db';
import { attachments } from '../db/schema';
import { attachmentPath } from './routes';

/** An upload not attached to a dossier within this long was abandoned (a filing given up, a wrong file). */
const UNATTACHED_HOURS = 24;

/**
 * Deletes uploads never attached to a dossier, row then file; answers how many. A filing linking one of them at the
 * same moment holds its row lock, and the deletion then finds it attached and leaves it.
 */
export async function sweepUnattachedFiles(db: DossiersDatabase, folder: string, now: Date): Promise<number> {
  const removed = await db
    .delete(attachments)
    .where(
      and(
        isNull(attachments.dossierCode),
        lt(attachments.createdAt, new Date(now.getTime() - UNATTACHED_HOURS * 3600_000)),
      ),
    )
    .returning({ id: attachments.id });
  for (const { id } of removed) await rm(attachmentPath(folder, id), { force: true });
  return removed.length;
}
