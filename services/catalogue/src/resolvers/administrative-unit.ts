import type { CatalogueContext } from '../context';
import { dayAfter, dayBefore, isInForce, referenceDate, type UnitVersion } from '../data/units';
import { requireProcedureCode } from '../rules/codes';
import { unitImplements } from '../rules/procedures';

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
    (await ctx.loaders.unitApprovals.load(unit.code)).filter(
      (approval) =>
        approval.validFrom <= (unit.validTo ?? '9999-12-31') &&
        (approval.validTo === null || approval.validTo >= unit.validFrom),
    ),

  procedures: async (unit: UnitVersion, _: unknown, ctx: CatalogueContext) =>
    (await ctx.loaders.catalogue.load('all')).filter((procedure) => unitImplements(unit, procedure)),

  /**
   * Decision 766 indicator 3.1: of the procedures the unit implements, the share its approved list offers online
   * (partial or full process) on that day.
   */
  onlineCoverage: async (unit: UnitVersion, { on }: { on?: string | null }, ctx: CatalogueContext) => {
    const date = on ?? referenceDate(unit, ctx.today);
    const implemented = isInForce(unit, date)
      ? (await ctx.loaders.catalogue.load('all')).filter((procedure) => unitImplements(unit, procedure))
      : [];
    const approved = await ctx.loaders.onlineApprovals.load({ unitCode: unit.code, on: date });
    const online = implemented.filter(
      (procedure) => approved.has(procedure.code) && procedure.onlineLevelDecree42 !== 'INFORMATION_ONLY',
    );
    const full = online.filter((procedure) => procedure.onlineLevelDecree42 === 'FULL_PROCESS').length;
    return {
      on: date,
      procedures: implemented.length,
      online: online.length,
      fullProcess: full,
      partial: online.length - full,
      share: implemented.length === 0 ? null : online.length / implemented.length,
    };
  },
};
