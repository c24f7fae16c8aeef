import { clampPageSize, decodeCursor, encodeCursor } from '@dvc/service-kit';
import type { CatalogueContext } from '../context';
import { procedurePage } from '../data/procedures';
import { topLevelUnits } from '../data/units';

type UnitArgs = { code: string; at?: string | null };

export const Query = {
  administrativeUnit: (_: unknown, { code, at }: UnitArgs, ctx: CatalogueContext) =>
    ctx.loaders.unit.load({ code, at: at ?? ctx.today, latestIfNone: !at }),

  administrativeUnits: async (
    _: unknown,
    { parentCode, at }: { parentCode?: string | null; at?: string | null },
    ctx: CatalogueContext,
  ) => {
    const date = at ?? ctx.today;
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
