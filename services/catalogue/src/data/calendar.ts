import { asc } from 'drizzle-orm';
import type { CatalogueDatabase } from '../db';
import { calendarYears } from '../db/schema';

export type CalendarYearRow = typeof calendarYears.$inferSelect;

export async function allCalendarYears(db: CatalogueDatabase): Promise<CalendarYearRow[]> {
  return db.select().from(calendarYears).orderBy(asc(calendarYears.year));
}
