import { clampPageSize, decodeCursor, encodeCursor } from '@dvc/service-kit';
import type { CatalogueContext } from '../context';
import { procedurePage } from '../data/procedures';
import { topLevelUnits } from '../data/units';

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

  procedure: (_: unknown, { code }: { code: string }, ctx: CatalogueContext) =>
    ctx.loaders.procedure.load(code),

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
};
