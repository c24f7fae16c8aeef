import type { CatalogueContext } from '../context';
import type { ProcedureVersion } from '../data/procedures';

export const Procedure = {
  __resolveReference: (reference: { code: string }, ctx: CatalogueContext) =>
    ctx.loaders.procedure.load(reference.code),

  onlineLevel: (procedure: ProcedureVersion) => ({
    legacy: procedure.onlineLevelLegacy,
    decree42: procedure.onlineLevelDecree42,
  }),
};
