import { and, desc, eq, isNull, max, sql } from 'drizzle-orm';
import type { CatalogueDatabase } from '../db';
import {
  administrativeUnits,
  calendarYears,
  forms,
  procedures,
  procedureVersions,
  unitOnlineProcedures,
} from '../db/schema';
import type { ProcedureVersion } from './procedures';

type Transaction = Parameters<Parameters<CatalogueDatabase['transaction']>[0]>[0];
export type VersionValues = Omit<
  typeof procedureVersions.$inferInsert,
  'code' | 'version' | 'publishedAt' | 'createdAt'
>;

export async function insertProcedure(
  db: CatalogueDatabase,
  code: string,
  values: VersionValues,
): Promise<ProcedureVersion | null> {
  return db.transaction(async (tx) => {
    const [{ last } = { last: 0 }] = await tx.select({ last: max(procedures.displayOrder) }).from(procedures);
    const created = await tx
      .insert(procedures)
      .values({ code, currentVersion: null, displayOrder: (last ?? 0) + 1 })
      .onConflictDoNothing()
      .returning({ code: procedures.code });
    if (created.length === 0) return null;
    const [version] = await tx
      .insert(procedureVersions)
      .values({ ...values, code, version: 1 })
      .returning();
    return version ?? null;
  });
}

async function lockProcedure(tx: Transaction, code: string) {
  const [row] = await tx.select().from(procedures).where(eq(procedures.code, code)).for('update');
  return row ?? null;
}

/** Writes the draft of the next version: the one draft there is, or a new one after the last version. */
export async function saveDraft(
  db: CatalogueDatabase,
  code: string,
  values: VersionValues,
): Promise<ProcedureVersion | null> {
  return db.transaction(async (tx) => {
    if (!(await lockProcedure(tx, code))) return null;
    const [draft] = await tx
      .select({ version: procedureVersions.version })
      .from(procedureVersions)
      .where(and(eq(procedureVersions.code, code), isNull(procedureVersions.publishedAt)));
    if (draft) {
      const [updated] = await tx
        .update(procedureVersions)
        .set({ ...values, createdAt: new Date() })
        .where(and(eq(procedureVersions.code, code), eq(procedureVersions.version, draft.version)))
        .returning();
      return updated ?? null;
    }
    const [latest] = await tx
      .select({ version: procedureVersions.version })
      .from(procedureVersions)
      .where(eq(procedureVersions.code, code))
      .orderBy(desc(procedureVersions.version))
      .limit(1);
    const [inserted] = await tx
      .insert(procedureVersions)
      .values({ ...values, code, version: (latest?.version ?? 0) + 1 })
      .returning();
    return inserted ?? null;
  });
}

/** Publishes the draft: it becomes the current version; the one before stays readable by its number. */
export async function publishDraft(
  db: CatalogueDatabase,
  code: string,
): Promise<{ found: boolean; published: ProcedureVersion | null }> {
  return db.transaction(async (tx) => {
    if (!(await lockProcedure(tx, code))) return { found: false, published: null };
    const [published] = await tx
      .update(procedureVersions)
      .set({ publishedAt: new Date() })
      .where(and(eq(procedureVersions.code, code), isNull(procedureVersions.publishedAt)))
      .returning();
    if (!published) return { found: true, published: null };
    await tx.update(procedures).set({ currentVersion: published.version }).where(eq(procedures.code, code));
    return { found: true, published };
  });
}

export async function insertForm(db: CatalogueDatabase, values: typeof forms.$inferInsert) {
  const [row] = await db.insert(forms).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateForm(
  db: CatalogueDatabase,
  id: string,
  values: Partial<typeof forms.$inferInsert>,
) {
  const [row] = await db
    .update(forms)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(forms.id, id))
    .returning();
  return row ?? null;
}

export async function upsertCalendarYear(db: CatalogueDatabase, values: typeof calendarYears.$inferInsert) {
  const [row] = await db
    .insert(calendarYears)
    .values(values)
    .onConflictDoUpdate({ target: calendarYears.year, set: { ...values, updatedAt: new Date() } })
    .returning();
  return row;
}

export async function insertUnit(db: CatalogueDatabase, values: typeof administrativeUnits.$inferInsert) {
  return db.transaction(async (tx) => {
    // Versions of one code must not overlap, or "the unit in force on a day" would have two answers.
    const overlapping = await tx
      .select({ validFrom: administrativeUnits.validFrom })
      .from(administrativeUnits)
      .where(
        and(
          eq(administrativeUnits.code, values.code),
          sql`coalesce(${administrativeUnits.validTo}, '9999-12-31') >= ${values.validFrom}`,
        ),
      )
      .for('update');
    if (overlapping.length > 0) return { conflict: overlapping[0]?.validFrom ?? null, unit: null };
    const [unit] = await tx.insert(administrativeUnits).values(values).returning();
    return { conflict: null, unit: unit ?? null };
  });
}

export async function updateUnit(
  db: CatalogueDatabase,
  code: string,
  validFrom: string,
  values: Partial<typeof administrativeUnits.$inferInsert>,
) {
  const [row] = await db
    .update(administrativeUnits)
    .set(values)
    .where(and(eq(administrativeUnits.code, code), eq(administrativeUnits.validFrom, validFrom)))
    .returning();
  return row ?? null;
}

export async function insertApprovals(
  db: CatalogueDatabase,
  rows: Array<typeof unitOnlineProcedures.$inferInsert>,
) {
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(unitOnlineProcedures).values(rows).onConflictDoNothing().returning();
    return inserted;
  });
}

/** Ends a unit's open approval of a procedure on `lastDay`; null when there was none open. */
export async function closeApproval(
  db: CatalogueDatabase,
  unitCode: string,
  procedureCode: string,
  lastDay: string,
) {
  const [row] = await db
    .update(unitOnlineProcedures)
    .set({ validTo: lastDay })
    .where(
      and(
        eq(unitOnlineProcedures.unitCode, unitCode),
        eq(unitOnlineProcedures.procedureCode, procedureCode),
        isNull(unitOnlineProcedures.validTo),
        sql`${unitOnlineProcedures.validFrom} <= ${lastDay}`,
      ),
    )
    .returning();
  return row ?? null;
}
