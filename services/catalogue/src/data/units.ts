import { addDays } from '@dvc/service-kit';
import { inArray } from 'drizzle-orm';
import type { CatalogueDatabase } from '../db';
import { administrativeUnits } from '../db/schema';

export type UnitVersion = typeof administrativeUnits.$inferSelect;

export function isInForce(unit: UnitVersion, date: string): boolean {
  return unit.validFrom <= date && (unit.validTo === null || unit.validTo >= date);
}

/**
 * The version of a unit that a relation should point at: a unit that still exists looks at today, one that was
 * dissolved looks at its last day (the old Lai Vung district's children are the 12 communes of 2019).
 */
export function referenceDate(unit: UnitVersion, today: string): string {
  return unit.validTo !== null && unit.validTo < today ? unit.validTo : today;
}

export const dayBefore = (date: string) => addDays(date, -1);
export const dayAfter = (date: string) => addDays(date, 1);

export async function unitVersionsByCode(
  db: CatalogueDatabase,
  codes: readonly string[],
): Promise<Map<string, UnitVersion[]>> {
  const rows = await db
    .select()
    .from(administrativeUnits)
    .where(inArray(administrativeUnits.code, [...codes]));
  const byCode = new Map<string, UnitVersion[]>();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  return byCode;
}

export async function unitVersionsByParent(
  db: CatalogueDatabase,
  parentCodes: readonly string[],
): Promise<Map<string, UnitVersion[]>> {
  const rows = await db
    .select()
    .from(administrativeUnits)
    .where(inArray(administrativeUnits.parentCode, [...parentCodes]))
    .orderBy(administrativeUnits.code);
  const byParent = new Map<string, UnitVersion[]>();
  for (const row of rows) {
    const parent = row.parentCode as string;
    byParent.set(parent, [...(byParent.get(parent) ?? []), row]);
  }
  return byParent;
}

export async function topLevelUnits(db: CatalogueDatabase): Promise<UnitVersion[]> {
  const rows = await db.select().from(administrativeUnits).orderBy(administrativeUnits.code);
  return rows.filter((row) => row.parentCode === null);
}

/** Picks the version in force on `date`; with `latestIfNone`, a dissolved unit answers with its last version. */
export function pickVersion(
  versions: UnitVersion[] | undefined,
  date: string,
  latestIfNone: boolean,
): UnitVersion | null {
  if (!versions?.length) return null;
  const inForce = versions.find((version) => isInForce(version, date));
  if (inForce || !latestIfNone) return inForce ?? null;
  return [...versions].sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? null;
}
