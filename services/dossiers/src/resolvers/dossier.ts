import type { DossiersContext } from '../context';
import type { DossierRow } from '../data/dossiers';
import { canReadDossier } from '../rules/access';
import { statusName } from '../rules/status';

export const Dossier = {
  /** Other subgraphs reach a dossier only through a query this subgraph already authorised. */
  __resolveReference: async (reference: { code: string }, ctx: DossiersContext) => {
    const dossier = await ctx.loaders.dossier.load(reference.code);
    return dossier && canReadDossier(ctx.identity, dossier) ? dossier : null;
  },
  status: (dossier: DossierRow) => statusName(dossier.status),
  statusCode: (dossier: DossierRow) => dossier.status,
  unit: (dossier: DossierRow) => ({ code: dossier.unitCode }),
  procedure: (dossier: DossierRow) => ({ code: dossier.procedureCode }),
};
