import type { CatalogueContext } from '../context';
import { unitApprovals } from '../data/online';
import { dayAfter, dayBefore, isInForce, referenceDate, type UnitVersion } from '../data/units';
import { requireProcedureCode } from '../rules/codes';

export const AdministrativeUnit = {
  __resolveReference: (reference: { code: string }, ctx: CatalogueContext) =>
    ctx.loaders.unit.load({ code: reference.code, at: ctx.today, latestIfNone: true }),

  parent: (unit: UnitVersion, _: unknown, ctx: CatalogueContext) =>
    unit.parentCode
      ? ctx.loaders.unit.load({
          code: unit.parentCode,
          at: referenceDate(unit, ctx.today),
          latestIfNone: true,
        })
      : null,

  children: (unit: UnitVersion, { asOf }: { asOf?: string | null }, ctx: CatalogueContext) =>
    ctx.loaders.children.load({ code: unit.code, at: asOf ?? referenceDate(unit, ctx.today) }),

  predecessors: async (unit: UnitVersion, _: unknown, ctx: CatalogueContext) => {
    const found = await Promise.all(
      unit.predecessorCodes.map((code) =>
        ctx.loaders.unit.load({ code, at: dayBefore(unit.validFrom), latestIfNone: false }),
      ),
    );
    return found.filter((version) => version !== null);
  },

  successors: async (unit: UnitVersion, _: unknown, ctx: CatalogueContext) => {
    if (unit.validTo === null) return [];
    const validTo = unit.validTo;
    const found = await Promise.all(
      unit.successorCodes.map((code) =>
        ctx.loaders.unit.load({ code, at: dayAfter(validTo), latestIfNone: false }),
      ),
    );
    return found.filter((version) => version !== null);
  },

  /** A version answers only for its own days: the code 30208 meant another commune before July 2025. */
  offersOnline: async (
    unit: UnitVersion,
    { procedureCode, on }: { procedureCode: string; on?: string | null },
    ctx: CatalogueContext,
  ) => {
    requireProcedureCode(procedureCode);
    const date = on ?? ctx.today;
    if (!isInForce(unit, date)) return false;
    const approved = await ctx.loaders.onlineApprovals.load({ unitCode: unit.code, on: date });
    return approved.has(procedureCode);
  },

  onlineApprovals: async (unit: UnitVersion, _: unknown, ctx: CatalogueContext) =>
    (await unitApprovals(ctx.db, unit.code)).filter(
      (approval) =>
        approval.validFrom <= (unit.validTo ?? '9999-12-31') &&
        (approval.validTo === null || approval.validTo >= unit.validFrom),
    ),
};
