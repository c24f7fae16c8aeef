import type { CatalogueContext } from '../context';
import type { ProcedureVersion } from '../data/procedures';
import { detailsOf } from '../rules/procedures';
import { feesForUnit, withProvinceAmounts } from '../rules/province-fees';

export const Procedure = {
  __resolveReference: (reference: { code: string }, ctx: CatalogueContext) =>
    ctx.loaders.procedure.load(reference.code),

  field: (procedure: ProcedureVersion) => ({ code: procedure.fieldCode, name: procedure.field }),
  onlineLevel: (procedure: ProcedureVersion) => procedure.onlineLevelDecree42,
  legacyLevel: (procedure: ProcedureVersion) => procedure.onlineLevelLegacy,
  implementingAgency: (procedure: ProcedureVersion) => detailsOf(procedure).implementingAgency,
  steps: (procedure: ProcedureVersion) => detailsOf(procedure).steps,
  methods: async (
    procedure: ProcedureVersion,
    { unitCode, on }: { unitCode?: string | null; on?: string | null },
    ctx: CatalogueContext,
  ) =>
    withProvinceAmounts(
      detailsOf(procedure).methods,
      unitCode ? await feesForUnit(ctx.db, ctx.loaders, procedure.code, unitCode, on ?? ctx.today) : null,
    ),
  documents: (procedure: ProcedureVersion) =>
    detailsOf(procedure).documents.map((document) => ({ ...document, formId: document.formCode ?? null })),
  forms: async (procedure: ProcedureVersion, _: unknown, ctx: CatalogueContext) => {
    const ids = [...new Set(detailsOf(procedure).documents.flatMap((document) => document.formCode ?? []))];
    const found = await ctx.loaders.form.loadMany(ids);
    return found.filter((form) => form !== null && !(form instanceof Error));
  },
  result: (procedure: ProcedureVersion) => detailsOf(procedure).result,
  legalBasis: (procedure: ProcedureVersion) => detailsOf(procedure).legalBasis,
  conditions: (procedure: ProcedureVersion) => detailsOf(procedure).conditions,
};
