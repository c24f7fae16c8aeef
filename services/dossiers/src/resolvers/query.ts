import { timingSafeEqual } from 'node:crypto';
import type { DossiersContext } from '../context';
import { canReadDossier } from '../rules/access';

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export const Query = {
  dossier: async (_: unknown, { code }: { code: string }, ctx: DossiersContext) => {
    const dossier = await ctx.loaders.dossier.load(code);
    return dossier && canReadDossier(ctx.identity, dossier) ? dossier : null;
  },

  trackDossier: async (
    _: unknown,
    { code, applicantIdNumber }: { code: string; applicantIdNumber: string },
    ctx: DossiersContext,
  ) => {
    const dossier = await ctx.loaders.dossier.load(code.trim());
    return dossier && sameText(dossier.applicantIdNumber, applicantIdNumber.trim()) ? dossier : null;
  },
};
