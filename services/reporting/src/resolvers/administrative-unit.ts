import type { ReportingContext } from '../context';
import { satisfactionSummary, targetProgress, volunteerActivity } from '../rules/activity';
import { serviceIndex } from '../rules/indicators';
import { checkPeriod, type Granularity, periodsOfYear } from '../rules/periods';

type Unit = { code: string };
type Range = { from: string; to: string };

export const AdministrativeUnit = {
  __resolveReference: (reference: Unit) => reference,

  report: async (
    unit: Unit,
    { from, to, includeDescendants }: Range & { includeDescendants: boolean },
    ctx: ReportingContext,
  ) => {
    const result = await ctx.loaders.reports.load({
      unitCode: unit.code,
      periods: [checkPeriod(from, to)],
      includeDescendants,
    });
    if (result instanceof Error) throw result;
    return result[0];
  },

  reportSeries: async (
    unit: Unit,
    args: { year: number; granularity: Granularity; includeDescendants: boolean },
    ctx: ReportingContext,
  ) => {
    const result = await ctx.loaders.reports.load({
      unitCode: unit.code,
      periods: periodsOfYear(args.year, args.granularity),
      includeDescendants: args.includeDescendants,
    });
    if (result instanceof Error) throw result;
    return result;
  },

  serviceIndex: (unit: Unit, { from, to }: Range, ctx: ReportingContext) =>
    serviceIndex(ctx.db, ctx.units, ctx.identity, unit.code, checkPeriod(from, to)),

  targets: (unit: Unit, { from, to }: Range, ctx: ReportingContext) =>
    targetProgress(ctx.db, ctx.units, ctx.identity, unit.code, checkPeriod(from, to)),

  volunteerActivity: (unit: Unit, { from, to }: Range, ctx: ReportingContext) =>
    volunteerActivity(ctx.db, ctx.units, ctx.identity, unit.code, checkPeriod(from, to)),

  satisfaction: (unit: Unit, { from, to }: Range, ctx: ReportingContext) =>
    satisfactionSummary(ctx.db, ctx.units, ctx.identity, unit.code, checkPeriod(from, to)),
};
