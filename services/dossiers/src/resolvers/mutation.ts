import type { DossiersContext } from '../context';
import { ACCEPTED_TYPES } from '../files/routes';
import { requireSignedIn } from '../rules/access';
import { type SubmitDossierInput, submitDossier } from '../rules/filing';
import { assertServesUnit } from '../rules/instance-scope';
import * as lifecycle from '../rules/lifecycle';
import { payOnline, recordDeskPayment, refundPayment } from '../rules/payments';
import { revokeDocument } from '../rules/verification';

type Code = { code: string };
// biome-ignore lint/suspicious/noExplicitAny: each input type is checked by the schema and by its rule
type WithInput = Code & { input: any };

export const Mutation = {
  submitDossier: (
    _: unknown,
    args: { input: SubmitDossierInput; idempotencyKey: string },
    ctx: DossiersContext,
  ) => submitDossier(ctx.deps, ctx.identity, args.input, args.idempotencyKey),
  receiveDossier: (_: unknown, { code }: Code, ctx: DossiersContext) =>
    lifecycle.receiveDossier(ctx.deps, code, ctx.identity),
  refuseDossier: (_: unknown, { code, input }: WithInput, ctx: DossiersContext) =>
    lifecycle.refuseDossier(ctx.deps, code, ctx.identity, input),
  requestSupplement: (_: unknown, { code, input }: WithInput, ctx: DossiersContext) =>
    lifecycle.requestSupplement(ctx.deps, code, ctx.identity, input),
  supplementDossier: (_: unknown, { code, input }: WithInput, ctx: DossiersContext) =>
    lifecycle.supplementDossier(ctx.deps, code, ctx.identity, input),
  startProcessing: (_: unknown, { code }: Code, ctx: DossiersContext) =>
    lifecycle.startProcessing(ctx.deps, code, ctx.identity),
  transferDossier: (_: unknown, { code, input }: WithInput, ctx: DossiersContext) =>
    lifecycle.transferDossier(ctx.deps, code, ctx.identity, input),
  requestPayment: (_: unknown, { code, input }: WithInput, ctx: DossiersContext) =>
    lifecycle.requestPayment(ctx.deps, code, ctx.identity, input),
  recordPayment: (_: unknown, { code, input }: WithInput, ctx: DossiersContext) =>
    recordDeskPayment(ctx.deps, ctx.identity, code, input),
  payOnline: (_: unknown, { code, input }: WithInput, ctx: DossiersContext) =>
    payOnline(ctx.deps, ctx.identity, code, input),
  revokeDocument: (
    _: unknown,
    { input }: { input: { verificationCode: string; reason: string } },
    ctx: DossiersContext,
  ) => revokeDocument(ctx.deps, ctx.identity, input),
  refundPayment: (
    _: unknown,
    { input }: { input: { reference: string; reason: string } },
    ctx: DossiersContext,
  ) => refundPayment(ctx.deps, ctx.identity, input),
  resolveDossier: (_: unknown, { code, input }: WithInput, ctx: DossiersContext) =>
    lifecycle.resolveDossier(ctx.deps, code, ctx.identity, input),
  apologizeForDelay: (_: unknown, { code, input }: WithInput, ctx: DossiersContext) =>
    lifecycle.apologizeForDelay(ctx.deps, code, ctx.identity, input),
  returnResult: (_: unknown, { code, input }: WithInput, ctx: DossiersContext) =>
    lifecycle.returnResult(ctx.deps, code, ctx.identity, input),
  withdrawDossier: (_: unknown, { code, reason }: Code & { reason?: string | null }, ctx: DossiersContext) =>
    lifecycle.withdrawDossier(ctx.deps, code, ctx.identity, { reason: reason ?? null }),
  stopProcessing: (_: unknown, { code, input }: WithInput, ctx: DossiersContext) =>
    lifecycle.stopProcessing(ctx.deps, code, ctx.identity, input),
  createUploadUrl: (_: unknown, { unitCode }: { unitCode?: string | null }, ctx: DossiersContext) => {
    requireSignedIn(ctx.identity);
    // `code` only routes the request to the dossier's server; a unit this server does not serve is refused here,
    // before a file is kept where the dossier can never be.
    if (unitCode) assertServesUnit(ctx.deps, unitCode);
    return {
      ...ctx.links.uploadUrl(ctx.identity),
      maxBytes: ctx.links.maxUploadBytes,
      contentTypes: ACCEPTED_TYPES,
    };
  },
};
