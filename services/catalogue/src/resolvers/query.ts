import { clampPageSize, decodeCursor, encodeCursor } from '@dvc/service-kit';
import type { CatalogueContext } from '../context';
import { allCalendarYears } from '../data/calendar';
import { procedurePage } from '../data/procedures';
import { topLevelUnits } from '../data/units';
import { notFound } from '../rules/codes';
import { findProcedure } from '../rules/procedures';
import { addWorkingDays, appointmentFor, isWorkingDay, type WorkingDuration } from '../rules/working-time';

type UnitArgs = { code: string; asOf?: string | null };

export const Query = {
  administrativeUnit: (_: unknown, { code, asOf }: UnitArgs, ctx: CatalogueContext) =>
    ctx.loaders.unit.load({ code, at: asOf ?? ctx.today, latestIfNone: !asOf }),

  administrativeUnits: async (
    _: unknown,
    { parentCode, asOf }: { parentCode?: string | null; asOf?: string | null },
    ctx: CatalogueContext,
  ) => {
    const date = asOf ?? ctx.today;
    if (parentCode) return ctx.loaders.children.load({ code: parentCode, at: date });
    const roots = await topLevelUnits(ctx.db);
    return roots.filter((unit) => unit.validFrom <= date && (unit.validTo === null || unit.validTo >= date));
  },

  procedure: (
    _: unknown,
    { code, version }: { code: string; version?: number | null },
    ctx: CatalogueContext,
  ) => findProcedure(ctx.loaders, ctx.identity, code, version),

  procedures: async (
    _: unknown,
    { first, after }: { first?: number | null; after?: string | null },
    ctx: CatalogueContext,
  ) => {
    const page = await procedurePage(ctx.db, decodeCursor(after), clampPageSize(first));
    const last = page.nodes.at(-1);
    return {
      nodes: page.nodes,
      hasNextPage: page.hasNextPage,
      endCursor: page.hasNextPage && last ? encodeCursor(last.code) : null,
    };
  },

  addWorkingDays: async (_: unknown, { from, days }: { from: Date; days: number }, ctx: CatalogueContext) =>
    addWorkingDays(await ctx.loaders.calendar.load('all'), from, days),

  appointmentFor: async (
    _: unknown,
    { receivedAt, duration }: { receivedAt: Date; duration: WorkingDuration },
    ctx: CatalogueContext,
  ) => appointmentFor(await ctx.loaders.calendar.load('all'), receivedAt, duration),

  workingDay: async (_: unknown, { date }: { date: string }, ctx: CatalogueContext) => {
    const calendar = await ctx.loaders.calendar.load('all');
    const working = isWorkingDay(calendar, date);
    const years = await allCalendarYears(ctx.db);
    const reason =
      years.flatMap((year) => year.makeUpWorkingDays).find((day) => day.date === date)?.name ??
      years.flatMap((year) => year.daysOff).find((day) => day.date === date)?.name ??
      null;
    return { date, working, reason };
  },

  calendarYear: async (_: unknown, { year }: { year: number }, ctx: CatalogueContext) =>
    (await allCalendarYears(ctx.db)).find((row) => row.year === year) ?? null,

  calendarYears: (_: unknown, __: unknown, ctx: CatalogueContext) => allCalendarYears(ctx.db),

  form: async (_: unknown, { id }: { id: string }, ctx: CatalogueContext) => {
    const form = await ctx.loaders.form.load(id);
    if (!form) throw notFound('biểu mẫu', 'form', id);
    return form;
  },
};
