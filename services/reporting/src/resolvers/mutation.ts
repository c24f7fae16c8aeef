import type { ReportingContext } from '../context';
import { rateDossier, type SatisfactionLevel, setTarget } from '../rules/activity';

export const Mutation = {
  rateDossier: (
    _: unknown,
    args: { code: string; rating: SatisfactionLevel; comment?: string | null },
    ctx: ReportingContext,
  ) =>
    rateDossier(
      ctx.db,
      ctx.identity,
      { code: args.code, rating: args.rating, comment: args.comment ?? null },
      ctx.config.RATING_CHANGE_DAYS,
    ),

  setTarget: (
    _: unknown,
    args: { unitCode: string; rate: number; validFrom: string; validTo?: string | null },
    ctx: ReportingContext,
  ) => setTarget(ctx.db, ctx.units, ctx.identity, { ...args, validTo: args.validTo ?? null }),
};
