import type { DossiersContext } from '../context';
import type { IssuedRow, PaymentRow } from '../data/payments';
import type { Verification } from '../rules/verification';

export const issuedView = (document: IssuedRow, ctx: DossiersContext) => ({
  verificationCode: document.verificationCode,
  kind: document.kind,
  issuedAt: document.issuedAt,
  revokedAt: document.revokedAt,
  url: ctx.links.documentUrl(ctx.identity, document.dossierCode, document.verificationCode),
});

export const Payment = {
  transactionId: (payment: PaymentRow) => payment.providerTransactionId,
  receipt: async (payment: PaymentRow, _: unknown, ctx: DossiersContext) => {
    const issued = await ctx.loaders.issued.load(payment.dossierCode);
    const receipt = issued.find((document) => document.paymentId === payment.id);
    return receipt ? issuedView(receipt, ctx) : null;
  },
};

export const DocumentVerification = {
  procedure: (answer: Verification) => (answer.procedureCode ? { code: answer.procedureCode } : null),
  unit: (answer: Verification) => (answer.unitCode ? { code: answer.unitCode } : null),
};
