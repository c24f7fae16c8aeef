import type { CatalogueDatabase } from '../db';
import { administrativeUnits, procedures, procedureVersions } from '../db/schema';
import { PROCEDURES } from '../reference-data/procedures';
import { UNITS } from '../reference-data/units';

/**
 * Loads the reference units and procedures and counts what it added. Idempotent: rows that exist are left alone, so a second start (or a
 * newer release with more procedures) adds only what is missing and never overwrites an administrator's edits.
 */
export async function loadReferenceData(
  db: CatalogueDatabase,
): Promise<{ units: number; procedures: number }> {
  return db.transaction(async (tx) => {
    const units = await tx
      .insert(administrativeUnits)
      .values(UNITS.map(({ note, ...unit }) => ({ ...unit, note: note ?? null })))
      .onConflictDoNothing()
      .returning({ code: administrativeUnits.code });
    const inserted = await tx
      .insert(procedures)
      .values(PROCEDURES.map((procedure) => ({ code: procedure.code, currentVersion: 1 })))
      .onConflictDoNothing()
      .returning({ code: procedures.code });
    const newCodes = new Set(inserted.map((row) => row.code));
    const newProcedures = PROCEDURES.filter((procedure) => newCodes.has(procedure.code));
    if (newProcedures.length > 0) {
      await tx.insert(procedureVersions).values(
        newProcedures.map(({ code, name, field, levels, onlineLevel, confirmed, note, ...details }) => ({
          code,
          version: 1,
          name,
          field,
          levels,
          onlineLevelLegacy: onlineLevel.legacy,
          onlineLevelDecree42: onlineLevel.decree42,
          details,
          confirmed,
          note: note ?? null,
        })),
      );
    }
    return { units: units.length, procedures: newProcedures.length };
  });
}
