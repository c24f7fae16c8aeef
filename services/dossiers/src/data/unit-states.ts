import type { Transaction } from '@dvc/database';
import { type AnyColumn, eq, inArray, sql } from 'drizzle-orm';
import type { DossiersDatabase } from '../db';
import { dossiers, type UnitState, unitStates } from '../db/schema';

export type UnitStateRow = typeof unitStates.$inferSelect;
type Queryable = DossiersDatabase | Transaction;

/** First key of the two-key advisory locks: keeps the unit-move locks apart from any other advisory lock. */
const UNIT_MOVE_LOCK = 8_001;

/**
 * Every write for a unit holds this lock shared until it commits; marking the unit MOVING takes it exclusively,
 * so the mark waits for writes already under way and every later write sees the mark.
 */
export async function lockUnitForWrite(tx: Transaction, unitCode: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${UNIT_MOVE_LOCK}, hashtext(${unitCode}))`);
}

/** Rows a move left behind are not listed: the unit's new instance holds their true state. */
export const notMovedAway = sql`${dossiers.receivingUnitCode} not in (select unit_code from unit_states where state = 'MOVED')`;

/** The same for rows that name their dossier by code (payments). */
export const dossierNotMovedAway = (dossierCode: AnyColumn) =>
  sql`${dossierCode} not in (select code from dossiers where receiving_unit_code in (select unit_code from unit_states where state = 'MOVED'))`;

export async function unitState(db: Queryable, unitCode: string): Promise<UnitStateRow | null> {
  const [row] = await db.select().from(unitStates).where(eq(unitStates.unitCode, unitCode));
  return row ?? null;
}

export async function movedUnits(
  db: DossiersDatabase,
  unitCodes: readonly string[],
): Promise<Map<string, UnitStateRow>> {
  if (unitCodes.length === 0) return new Map();
  const rows = await db
    .select()
    .from(unitStates)
    .where(inArray(unitStates.unitCode, [...new Set(unitCodes)]));
  return new Map(rows.filter((row) => row.state === 'MOVED').map((row) => [row.unitCode, row]));
}

/** Sets the mark once every write for the unit that started before it has committed. */
export async function markUnit(
  db: DossiersDatabase,
  unitCode: string,
  state: UnitState,
  target: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${UNIT_MOVE_LOCK}, hashtext(${unitCode}))`);
    await tx
      .insert(unitStates)
      .values({ unitCode, state, target })
      .onConflictDoUpdate({ target: unitStates.unitCode, set: { state, target, changedAt: new Date() } });
  });
}

export async function clearUnitMark(db: Queryable, unitCode: string): Promise<void> {
  await db.delete(unitStates).where(eq(unitStates.unitCode, unitCode));
}
