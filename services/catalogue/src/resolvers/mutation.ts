import type { CatalogueContext } from '../context';
import {
  approveOnline,
  changeForm,
  changeUnit,
  createForm,
  createProcedure,
  createUnit,
  publishProcedure,
  setCalendarYear,
  updateProcedure,
  withdrawOnline,
} from '../rules/admin';
import { setProvinceFee } from '../rules/province-fees';

// biome-ignore lint/suspicious/noExplicitAny: inputs are checked by GraphQL and then validated in rules/
type Input = any;

export const Mutation = {
  createProcedure: (_: unknown, { code, input }: { code: string; input: Input }, ctx: CatalogueContext) =>
    createProcedure(ctx.db, ctx.identity, code, input),
  updateProcedure: (_: unknown, { code, input }: { code: string; input: Input }, ctx: CatalogueContext) =>
    updateProcedure(ctx.db, ctx.identity, code, input),
  publishProcedure: (_: unknown, { code }: { code: string }, ctx: CatalogueContext) =>
    publishProcedure(ctx.db, ctx.identity, code),
  createForm: (_: unknown, { id, input }: { id: string; input: Input }, ctx: CatalogueContext) =>
    createForm(ctx.db, ctx.identity, id, input),
  updateForm: (_: unknown, { id, input }: { id: string; input: Input }, ctx: CatalogueContext) =>
    changeForm(ctx.db, ctx.identity, id, input),
  setCalendarYear: (_: unknown, { input }: { input: Input }, ctx: CatalogueContext) =>
    setCalendarYear(ctx.db, ctx.identity, input),
  createAdministrativeUnit: (_: unknown, { input }: { input: Input }, ctx: CatalogueContext) =>
    createUnit(ctx.db, ctx.identity, input),
  updateAdministrativeUnit: (
    _: unknown,
    { code, validFrom, input }: { code: string; validFrom: string; input: Input },
    ctx: CatalogueContext,
  ) => changeUnit(ctx.db, ctx.identity, code, validFrom, input),
  approveOnlineProcedures: (_: unknown, args: Input, ctx: CatalogueContext) =>
    approveOnline(ctx.db, ctx.identity, args),
  withdrawOnlineProcedure: (_: unknown, args: Input, ctx: CatalogueContext) =>
    withdrawOnline(ctx.db, ctx.identity, args),
  setProvinceFee: (_: unknown, { input }: { input: Input }, ctx: CatalogueContext) =>
    setProvinceFee(ctx.db, ctx.loaders, ctx.identity, input),
};
