import { inArray } from 'drizzle-orm';
import type { CatalogueDatabase } from '../db';
import { forms } from '../db/schema';

export type FormRow = typeof forms.$inferSelect;

export async function formsById(
  db: CatalogueDatabase,
  ids: readonly string[],
): Promise<Map<string, FormRow>> {
  const rows = await db
    .select()
    .from(forms)
    .where(inArray(forms.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}
