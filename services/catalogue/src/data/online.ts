import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { CatalogueDatabase } from '../db';
import { unitOnlineProcedures } from '../db/schema';

export type OnlineApproval = typeof unitOnlineProcedures.$inferSelect;

/** Entries of the units' approved online lists in force on `date`, by unit code. */
export async function onlineApprovalsOn(
  db: CatalogueDatabase,
  unitCodes: readonly string[],
  date: string,
): Promise<Map<string, OnlineApproval[]>> {
  const rows = await db
    .select()
    .from(unitOnlineProcedures)
    .where(
      and(
        inArray(unitOnlineProcedures.unitCode, [...unitCodes]),
        lte(unitOnlineProcedures.validFrom, date),
        or(isNull(unitOnlineProcedures.validTo), gte(unitOnlineProcedures.validTo, date)),
      ),
    );
  const byUnit = new Map<string, OnlineApproval[]>();
  for (const row of rows) byUnit.set(row.unitCode, [...(byUnit.get(row.unitCode) ?? []), row]);
  return byUnit;
}

export async function unitApprovals(db: CatalogueDatabase, unitCode: string): Promise<OnlineApproval[]> {
  return db
    .select()
    .from(unitOnlineProcedures)
    .where(eq(unitOnlineProcedures.unitCode, unitCode))
    .orderBy(unitOnlineProcedures.procedureCode, unitOnlineProcedures.validFrom);
}
