import { clampPageSize, decodeCursor, encodeCursor } from '@dvc/service-kit';
import type { DossiersContext } from '../context';
import { unitDossierPage } from '../data/dossiers';
import { dossierListScope } from '../rules/access';

export const AdministrativeUnit = {
  dossiers: async (
    unit: { code: string },
    { first, after }: { first?: number | null; after?: string | null },
    ctx: DossiersContext,
  ) => {
    const scope = dossierListScope(ctx.identity);
    const page = await unitDossierPage(ctx.db, unit.code, scope, decodeCursor(after), clampPageSize(first));
    const last = page.nodes.at(-1);
    return {
      nodes: page.nodes,
      hasNextPage: page.hasNextPage,
      endCursor: page.hasNextPage && last ? encodeCursor(last.code) : null,
    };
  },
};
