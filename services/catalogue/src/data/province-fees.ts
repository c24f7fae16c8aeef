import { userError } from '@dvc/service-kit';
import { and, asc, eq, gt, gte, isNull, lte, or } from 'drizzle-orm';
import type { CatalogueDatabase } from '../db';
import { provinceFees } from '../db/schema';
import { dayBefore } from './units';

export type ProvinceFee = typeof provinceFees.$inferSelect;

/** The province's amounts for one procedure in force on `date`, one per submission method at most. */
export async function provinceFeesOn(
  db: CatalogueDatabase,
  key: { provinceCode: string; procedureCode: string; on: string },
): Promise<ProvinceFee[]> {
  return db
    .select()
    .from(provinceFees)
    .where(
      and(
        eq(provinceFees.provinceCode, key.provinceCode),
        eq(provinceFees.procedureCode, key.procedureCode),
        lte(provinceFees.validFrom, key.on),
        or(isNull(provinceFees.validTo), gte(provinceFees.validTo, key.on)),
      ),
    );
}

/** Every recorded amount, past and present, optionally of one province or procedure. */
export async function listProvinceFees(
  db: CatalogueDatabase,
  filter: { provinceCode?: string | null; procedureCode?: string | null },
): Promise<ProvinceFee[]> {
  return db
    .select()
    .from(provinceFees)
    .where(
      and(
        filter.provinceCode ? eq(provinceFees.provinceCode, filter.provinceCode) : undefined,
        filter.procedureCode ? eq(provinceFees.procedureCode, filter.procedureCode) : undefined,
      ),
    )
    .orderBy(
      asc(provinceFees.provinceCode),
      asc(provinceFees.procedureCode),
      asc(provinceFees.method),
      asc(provinceFees.validFrom),
    );
}

/**
 * Records a resolution's amount from `validFrom` on. A row already there for the same day is replaced (a
 * correction); an earlier open row of the same method ends the day before, so one amount applies on any day.
 */
export async function recordProvinceFee(db: CatalogueDatabase, fee: ProvinceFee): Promise<ProvinceFee> {
  return db.transaction(async (tx) => {
    const sameMethod = and(
      eq(provinceFees.provinceCode, fee.provinceCode),
      eq(provinceFees.procedureCode, fee.procedureCode),
      eq(provinceFees.method, fee.method),
    );
    const later = await tx
      .select({ validFrom: provinceFees.validFrom })
      .from(provinceFees)
      .where(and(sameMethod, gt(provinceFees.validFrom, fee.validFrom)))
      .for('update');
    if (later.length > 0) {
      throw userError(
        'CONFLICT',
        `Đã có mức thu từ ngày ${later[0]?.validFrom}; hãy ghi mức thu theo thứ tự ngày áp dụng`,
        `An amount from ${later[0]?.validFrom} is recorded already; record amounts in the order they apply`,
      );
    }
    const open = await tx
      .select()
      .from(provinceFees)
      .where(and(sameMethod, isNull(provinceFees.validTo)))
      .for('update');
    for (const row of open) {
      if (row.validFrom < fee.validFrom) {
        await tx
          .update(provinceFees)
          .set({ validTo: dayBefore(fee.validFrom) })
          .where(and(sameMethod, eq(provinceFees.validFrom, row.validFrom)));
      }
    }
    const [row] = await tx
      .insert(provinceFees)
      .values(fee)
      .onConflictDoUpdate({
        target: [
          provinceFees.provinceCode,
          provinceFees.procedureCode,
          provinceFees.method,
          provinceFees.validFrom,
        ],
        set: {
          validTo: fee.validTo,
          amountVnd: fee.amountVnd,
          resolution: fee.resolution,
          source: fee.source,
          confirmed: fee.confirmed,
          note: fee.note,
        },
      })
      .returning();
    if (!row) throw new Error('province fee not written');
    return row;
  });
}
