import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { CatalogueDatabase } from '../db';
import { procedures, procedureVersions } from '../db/schema';

export type ProcedureVersion = typeof procedureVersions.$inferSelect;

const currentVersionJoin = and(
  eq(procedureVersions.code, procedures.code),
  eq(procedureVersions.version, procedures.currentVersion),
);

export async function currentProcedures(
  db: CatalogueDatabase,
  codes: readonly string[],
): Promise<Map<string, ProcedureVersion>> {
  const rows = await db
    .select({ version: procedureVersions })
    .from(procedures)
    .innerJoin(procedureVersions, currentVersionJoin)
    .where(inArray(procedures.code, [...codes]));
  return new Map(rows.map(({ version }) => [version.code, version]));
}

/** Keyset pagination by code: stable while procedures are added, unlike offsets. */
export async function procedurePage(
  db: CatalogueDatabase,
  afterCode: string | null,
  size: number,
): Promise<{ nodes: ProcedureVersion[]; hasNextPage: boolean }> {
  const rows = await db
    .select({ version: procedureVersions })
    .from(procedures)
    .innerJoin(procedureVersions, currentVersionJoin)
    .where(afterCode === null ? undefined : gt(procedures.code, afterCode))
    .orderBy(asc(procedures.code))
    .limit(size + 1);
  return { nodes: rows.slice(0, size).map((row) => row.version), hasNextPage: rows.length > size };
}
