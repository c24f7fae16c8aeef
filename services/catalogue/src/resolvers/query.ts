import { clampPageSize } from '@dvc/service-kit';
import type { CatalogueContext } from '../context';
import { allCalendarYears } from '../data/calendar';
import { listProvinceFees } from '../data/province-fees';
import { searchProcedures } from '../data/search';
import { topLevelUnits } from '../data/units';
import { notFound, requireUnitCode } from '../rules/codes';
import { findProcedure, levelsImplementedBy } from '../rules/procedures';
import { searchCursor, searchPosition, searchWords } from '../rules/search';
import {
  addWorkingDays,
  addWorkingMinutes,
  appointmentFor,
  isWorkingDay,
  type WorkingDuration,
  workingMinutesBetween,
} from '../rules/working-time';

type UnitArgs = { code: string; asOf?: string | null };
type ProceduresArgs = {
  search?: string | null;
  filter?: {
    field?: string | null;
    level?: string | null;
    unitCode?: string | null;
    onlineLevels?: string[] | null;
    free?: boolean | null;
  } | null;
  first?: number | null;
  after?: string | null;
};

export const Query = {
  administrativeUnit: async (_: unknown, { code, asOf }: UnitArgs, ctx: CatalogueContext) => {
    requireUnitCode(code);
    const unit = await ctx.loaders.unit.load({ code, at: asOf ?? ctx.today, latestIfNone: !asOf });
    if (!unit) {
      throw asOf
        ? notFound(`đơn vị hành chính vào ngày ${asOf}`, `administrative unit on ${asOf}`, code)
        : notFound('đơn vị hành chính', 'administrative unit', code);
    }
    return unit;
  },

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

  procedures: async (_: unknown, args: ProceduresArgs, ctx: CatalogueContext) => {
    const size = clampPageSize(args.first);
    const { words, raw } = searchWords(args.search);
    const ranked = words.length > 0;
    const filter = args.filter ?? {};
    let levels: string[] | null = filter.level ? [filter.level] : null;
    if (filter.unitCode) {
      requireUnitCode(filter.unitCode);
      const unit = await ctx.loaders.unit.load({ code: filter.unitCode, at: ctx.today, latestIfNone: true });
      if (!unit) throw notFound('đơn vị hành chính', 'administrative unit', filter.unitCode);
      const atUnit = levelsImplementedBy(unit);
      levels = levels ? levels.filter((level) => atUnit.includes(level)) : atUnit;
    }
    const { hits, totalCount } = await searchProcedures(
      ctx.db,
      {
        words,
        raw,
        field: filter.field ?? null,
        levels,
        onlineLevels: filter.onlineLevels?.length ? filter.onlineLevels : null,
        free: filter.free ?? null,
      },
      searchPosition(args.after, ranked),
      size,
    );
    const page = hits.slice(0, size);
    const nodes = await Promise.all(
      page.map((hit) => ctx.loaders.procedureVersion.load({ code: hit.code, version: hit.version })),
    );
    const edges = page.map((hit, i) => ({ cursor: searchCursor(hit, ranked), node: nodes[i] }));
    return {
      edges,
      nodes,
      totalCount,
      pageInfo: {
        hasNextPage: hits.length > size,
        hasPreviousPage: args.after != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  },

  addWorkingDays: async (_: unknown, { from, days }: { from: Date; days: number }, ctx: CatalogueContext) =>
    addWorkingDays(await ctx.loaders.calendar.load('all'), from, days),

  appointmentFor: async (
    _: unknown,
    { receivedAt, duration }: { receivedAt: Date; duration: WorkingDuration },
    ctx: CatalogueContext,
  ) => appointmentFor(await ctx.loaders.calendar.load('all'), receivedAt, duration),

  workingMinutesBetween: async (_: unknown, { from, to }: { from: Date; to: Date }, ctx: CatalogueContext) =>
    workingMinutesBetween(await ctx.loaders.calendar.load('all'), from, to),

  addWorkingMinutes: async (
    _: unknown,
    { from, minutes }: { from: Date; minutes: number },
    ctx: CatalogueContext,
  ) => addWorkingMinutes(await ctx.loaders.calendar.load('all'), from, minutes),

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

  provinceFees: (
    _: unknown,
    filter: { provinceCode?: string | null; procedureCode?: string | null },
    ctx: CatalogueContext,
  ) => listProvinceFees(ctx.db, filter),
};
