import type { CatalogueContext } from '../context';
import { dayAfter, dayBefore, referenceDate, type UnitVersion } from '../data/units';

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
};
