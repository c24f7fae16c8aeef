import { and, asc, eq, gt, inArray, isNotNull, or } from 'drizzle-orm';
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

/** Versions by `code@version`, drafts included: callers decide who may see a draft. */
export async function procedureVersionsByKey(
  db: CatalogueDatabase,
  keys: ReadonlyArray<{ code: string; version: number }>,
): Promise<Map<string, ProcedureVersion>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .select()
    .from(procedureVersions)
    .where(
      or(
        ...keys.map((key) =>
          and(eq(procedureVersions.code, key.code), eq(procedureVersions.version, key.version)),
        ),
      ),
    );
  return new Map(rows.map((row) => [`${row.code}@${row.version}`, row]));
}

/** Every current published version, in the catalogue's display order: small enough to read whole per unit. */
export async function allCurrentProcedures(db: CatalogueDatabase): Promise<ProcedureVersion[]> {
  const rows = await db
    .select({ version: procedureVersions })
    .from(procedures)
    .innerJoin(procedureVersions, currentVersionJoin)
    .where(isNotNull(procedureVersions.publishedAt))
    .orderBy(asc(procedures.displayOrder), asc(procedures.code));
  return rows.map((row) => row.version);
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
