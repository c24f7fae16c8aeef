import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DossiersDatabase } from '../db';
import { dossiers } from '../db/schema';

export type DossierRow = typeof dossiers.$inferSelect;

export async function dossiersByCode(
  db: DossiersDatabase,
  codes: readonly string[],
): Promise<Map<string, DossierRow>> {
  const rows = await db
    .select()
    .from(dossiers)
    .where(inArray(dossiers.code, [...codes]));
  return new Map(rows.map((row) => [row.code, row]));
}

/**
 * A unit's dossiers, newest code first. `visibleTo` restricts the page to dossiers whose unit path contains that
 * unit (an officer's or leader's own unit); null means no restriction (administrators).
 */
export async function unitDossierPage(
  db: DossiersDatabase,
  unitCode: string,
  visibleTo: string | null,
  beforeCode: string | null,
  size: number,
): Promise<{ nodes: DossierRow[]; hasNextPage: boolean }> {
  const rows = await db
    .select()
    .from(dossiers)
    .where(
      and(
        eq(dossiers.unitCode, unitCode),
        visibleTo === null ? undefined : sql`${visibleTo} = any(${dossiers.unitPath})`,
        beforeCode === null ? undefined : lt(dossiers.code, beforeCode),
      ),
    )
    .orderBy(desc(dossiers.code))
    .limit(size + 1);
  return { nodes: rows.slice(0, size), hasNextPage: rows.length > size };
}
