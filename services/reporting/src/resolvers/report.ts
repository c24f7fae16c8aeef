import type { ReportingContext } from '../context';
import {
  fieldRows06a,
  type Report06a as Report06aData,
  type ReportUnit as ReportUnitData,
} from '../rules/report';

export const ReportUnit = {
  freshness: (unit: ReportUnitData, _: unknown, ctx: ReportingContext) =>
    ctx.loaders.freshness.load(unit.code),
};

export const Report06a = {
  byField: (report: Report06aData, _: unknown, ctx: ReportingContext) =>
    fieldRows06a(ctx.db, ctx.units, report),

  staleUnits: async (report: Report06aData, _: unknown, ctx: ReportingContext) => {
    const units = [report.unit, ...report.byUnit.map((row) => row.unit)];
    const unique = [...new Map(units.map((unit) => [unit.code, unit])).values()];
    const freshness = await ctx.loaders.freshness.loadMany(unique.map((unit) => unit.code));
    return unique.filter((_, index) => {
      const state = freshness[index];
      return !(state instanceof Error) && state?.status === 'STALE';
    });
  },
};
