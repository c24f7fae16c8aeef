import { sql } from 'drizzle-orm';
import type { ReportingDatabase } from '../db';
import type { Measure } from '../projections/fold';

export type Period = { from: string; to: string };

/** Sums of one unit over one period, straight from the counters. */
export type UnitFigures = {
  /** measure → channel → amount */
  measures: Partial<Record<Measure, Record<string, number>>>;
  carriedOver: number;
  withinDeadline: number;
  overdue: number;
  /** Online filings not yet accepted or refused at the end of the period's last day. */
  awaitingAcceptance: number;
  /** Of them, past their 8-working-hour limit by then. */
  awaitingAcceptanceOverdue: number;
};

export const emptyFigures = (): UnitFigures => ({
  measures: {},
  carriedOver: 0,
  withinDeadline: 0,
  overdue: 0,
  awaitingAcceptance: 0,
  awaitingAcceptanceOverdue: 0,
});

export function measureTotal(figures: UnitFigures, measure: Measure, channel?: string): number {
  const byChannel = figures.measures[measure] ?? {};
  if (channel) return byChannel[channel] ?? 0;
  return Object.values(byChannel).reduce((sum, value) => sum + value, 0);
}

function periodsValues(periods: readonly Period[]) {
  return sql.join(
    periods.map((period, index) => sql`(${index}::int, ${period.from}::date, ${period.to}::date)`),
    sql`, `,
  );
}

/**
 * Figures of several units over several periods in two queries: flows of measures within each period, and the
 * running sum of open dossiers up to each period's edges. Cost grows with units × days, never with dossiers.
 */
export async function unitFigures(
  db: ReportingDatabase,
  unitCodes: readonly string[],
  periods: readonly Period[],
  options: { byProcedure?: boolean } = {},
): Promise<Map<number, Map<string, UnitFigures>>> {
  // With `byProcedure`, the inner map is keyed `unit|procedure` (Biểu 06a's rows are fields, made of procedures).
  const byProcedure = options.byProcedure === true;
  const procedureColumn = (table: string) => (byProcedure ? sql.raw(`${table}.procedure_code`) : sql`''`);
  const keyOf = (row: { unit_code: string; procedure_code: string }) =>
    byProcedure ? `${row.unit_code}|${row.procedure_code}` : row.unit_code;
  const result = new Map<number, Map<string, UnitFigures>>();
  const at = (index: number, unit: string) => {
    const byUnit = result.get(index) ?? new Map<string, UnitFigures>();
    result.set(index, byUnit);
    const figures = byUnit.get(unit) ?? emptyFigures();
    byUnit.set(unit, figures);
    return figures;
  };
  if (unitCodes.length === 0 || periods.length === 0) return result;
  const units = sql`array[${sql.join(
    unitCodes.map((code) => sql`${code}`),
    sql`, `,
  )}]::text[]`;
  const measures = await db.execute<{
    idx: number;
    unit_code: string;
    procedure_code: string;
    measure: string;
    channel: string;
    amount: string;
  }>(sql`
    with periods(idx, p_from, p_to) as (values ${periodsValues(periods)})
    select p.idx, f.unit_code, ${procedureColumn('f')} as procedure_code, f.measure, f.channel,
      sum(f.amount)::bigint as amount
    from periods p
    join daily_figures f on f.day between p.p_from and p.p_to
    where f.unit_code = any(${units})
    group by 1, 2, 3, 4, 5
  `);
  for (const row of measures) {
    const figures = at(row.idx, keyOf(row));
    const byChannel = figures.measures[row.measure as Measure] ?? {};
    byChannel[row.channel] = Number(row.amount);
    figures.measures[row.measure as Measure] = byChannel;
  }
  const open = await db.execute<{
    idx: number;
    unit_code: string;
    procedure_code: string;
    carried: number;
    within: number;
    overdue: number;
  }>(sql`
    with periods(idx, p_from, p_to) as (values ${periodsValues(periods)})
    select p.idx, o.unit_code, ${procedureColumn('o')} as procedure_code,
      coalesce(sum(o.delta) filter (where o.day < p.p_from), 0)::int as carried,
      coalesce(sum(o.delta) filter (where o.due_day >= p.p_to), 0)::int as within,
      coalesce(sum(o.delta) filter (where o.due_day < p.p_to), 0)::int as overdue
    from periods p
    join open_flows o on o.day <= p.p_to
    where o.unit_code = any(${units})
    group by 1, 2, 3
  `);
  for (const row of open) {
    const figures = at(row.idx, keyOf(row));
    figures.carriedOver = row.carried;
    figures.withinDeadline = row.within;
    figures.overdue = row.overdue;
  }
  if (byProcedure) return result;
  // At the end of day E, a filing whose limit ends on day E or before is past it (the limit is a moment that day).
  const intake = await db.execute<{ idx: number; unit_code: string; waiting: number; overdue: number }>(sql`
    with periods(idx, p_from, p_to) as (values ${periodsValues(periods)})
    select p.idx, i.unit_code,
      coalesce(sum(i.delta), 0)::int as waiting,
      coalesce(sum(i.delta) filter (where i.accept_by_day <= p.p_to), 0)::int as overdue
    from periods p
    join intake_flows i on i.day <= p.p_to
    where i.unit_code = any(${units})
    group by 1, 2
  `);
  for (const row of intake) {
    const figures = at(row.idx, row.unit_code);
    figures.awaitingAcceptance = row.waiting;
    figures.awaitingAcceptanceOverdue = row.overdue;
  }
  return result;
}

/** Transfers that cross the edge of a set of units in each period (moves inside the set cancel out). */
export async function boundaryTransfers(
  db: ReportingDatabase,
  unitCodes: readonly string[],
  periods: readonly Period[],
): Promise<Map<number, { in: number; out: number }>> {
  const result = new Map<number, { in: number; out: number }>();
  if (unitCodes.length === 0 || periods.length === 0) return result;
  const units = sql`array[${sql.join(
    unitCodes.map((code) => sql`${code}`),
    sql`, `,
  )}]::text[]`;
  const rows = await db.execute<{ idx: number; transfers_in: number; transfers_out: number }>(sql`
    with periods(idx, p_from, p_to) as (values ${periodsValues(periods)})
    select p.idx,
      coalesce(sum(t.count) filter (where t.to_unit_code = any(${units}) and not t.from_unit_code = any(${units})), 0)::int as transfers_in,
      coalesce(sum(t.count) filter (where t.from_unit_code = any(${units}) and not t.to_unit_code = any(${units})), 0)::int as transfers_out
    from periods p
    join transfers_daily t on t.day between p.p_from and p.p_to
    group by p.idx
  `);
  for (const row of rows) result.set(row.idx, { in: row.transfers_in, out: row.transfers_out });
  return result;
}

/** Received dossiers per procedure and channel (for indicator 3.2: online services actually used). */
export async function proceduresUsedOnline(
  db: ReportingDatabase,
  unitCodes: readonly string[],
  period: Period,
): Promise<Set<string>> {
  if (unitCodes.length === 0) return new Set();
  const units = sql`array[${sql.join(
    unitCodes.map((code) => sql`${code}`),
    sql`, `,
  )}]::text[]`;
  const rows = await db.execute<{ procedure_code: string }>(sql`
    select distinct procedure_code from daily_figures
    where unit_code = any(${units}) and day between ${period.from} and ${period.to}
      and measure = 'RECEIVED' and channel = 'ONLINE' and amount > 0
  `);
  return new Set(rows.map((row) => row.procedure_code));
}
