import { userError } from '@dvc/service-kit';
import type { DossiersContext } from '../context';
import { canReadDossier } from '../rules/access';
import { dossierPage, type FilterArgs, ownPage } from '../rules/queries';
import { trackDossier } from '../rules/tracking';
import { verifyDocument } from '../rules/verification';

type Page = { first?: number | null; after?: string | null };

export const Query = {
  dossier: async (_: unknown, { code }: { code: string }, ctx: DossiersContext) => {
    const dossier = await ctx.loaders.dossier.load(code.trim());
    return dossier && canReadDossier(ctx.identity, dossier) ? dossier : null;
  },

  myDossiers: (_: unknown, args: Page, ctx: DossiersContext) => ownPage(ctx, args.first, args.after),

  dossiers: (
    _: unknown,
    args: Page & { unitCode: string; filter?: FilterArgs | null },
    ctx: DossiersContext,
  ) => dossierPage(ctx, args.unitCode, args.filter ?? null, args.first, args.after),

  trackDossier: (_: unknown, { code, idNumber }: { code: string; idNumber: string }, ctx: DossiersContext) =>
    trackDossier(ctx, code.trim(), idNumber.trim()),

  verifyDocument: (_: unknown, { verificationCode }: { verificationCode: string }, ctx: DossiersContext) =>
    verifyDocument(ctx.deps, verificationCode),

  dossierContact: async (_: unknown, { code }: { code: string }, ctx: DossiersContext) => {
    if (ctx.identity.role !== 'SERVICE') {
      throw userError(
        'FORBIDDEN',
        'Chỉ các dịch vụ của hệ thống mới đọc được thông tin liên hệ',
        'Only the system’s own services may read contact details',
      );
    }
    return ctx.loaders.dossier.load(code.trim());
  },
};

export const AdministrativeUnit = {
  dossiers: (unit: { code: string }, args: Page & { filter?: FilterArgs | null }, ctx: DossiersContext) =>
    dossierPage(ctx, unit.code, args.filter ?? null, args.first, args.after),
};
