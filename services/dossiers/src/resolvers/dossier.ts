import type { DossiersContext } from '../context';
import type { AttachmentRow, DossierRow, HistoryRow } from '../data/dossiers';
import { formsOf } from '../pdf/forms';
import { canReadDossier } from '../rules/access';
import { DOSSIER_STATUSES, statusName } from '../rules/status';
import { openTimeliness } from '../rules/timeliness';
import { issuedView } from './payment';

export const timelinessOf = (dossier: DossierRow, ctx: DossiersContext) =>
  dossier.timeliness ?? openTimeliness(dossier, ctx.deps.now(), ctx.dueSoonHours);

const trackingFields = {
  status: (dossier: DossierRow) => statusName(dossier.status),
  statusCode: (dossier: DossierRow) => dossier.status,
  unit: (dossier: DossierRow) => ({ code: dossier.unitCode }),
  procedure: (dossier: DossierRow) => ({ code: dossier.procedureCode }),
  procedureName: (dossier: DossierRow) => dossier.procedure.name,
  appointmentDate: (dossier: DossierRow) => dossier.appointmentAt,
  timeliness: (dossier: DossierRow, _: unknown, ctx: DossiersContext) => timelinessOf(dossier, ctx),
};

/** The warnings are the desk's working aid, not part of what the applicant is told. */
const warnedTo = (ctx: DossiersContext) =>
  ['OFFICER', 'LEADER', 'ADMIN', 'SERVICE'].includes(ctx.identity.role);

const historyEntry = (entry: HistoryRow) => ({
  ...entry,
  fromStatus: entry.fromStatus === null ? null : statusName(entry.fromStatus),
  toStatus: statusName(entry.toStatus),
  actor: entry.actorSub,
});

export const Dossier = {
  /** Other subgraphs reach a dossier only through a query this subgraph already authorised. */
  __resolveReference: async (reference: { code: string }, ctx: DossiersContext) => {
    const dossier = await ctx.loaders.dossier.load(reference.code);
    return dossier && canReadDossier(ctx.identity, dossier) ? dossier : null;
  },
  ...trackingFields,
  receivingUnit: (dossier: DossierRow) => ({ code: dossier.receivingUnitCode }),
  feeVnd: (dossier: DossierRow) => dossier.procedure.feeVnd,
  feeResolution: (dossier: DossierRow) => dossier.procedure.feeResolution ?? null,
  deadline: (dossier: DossierRow) => dossier.dueAt,
  acceptanceOverdue: (dossier: DossierRow, _: unknown, ctx: DossiersContext) =>
    dossier.status === DOSSIER_STATUSES.NEWLY_FILED &&
    dossier.acceptBy !== null &&
    dossier.acceptBy < ctx.deps.now(),
  deadlineWarnedAt: (dossier: DossierRow, _: unknown, ctx: DossiersContext) =>
    warnedTo(ctx) ? dossier.deadlineWarnedAt : null,
  deadlineWarnedFor: (dossier: DossierRow, _: unknown, ctx: DossiersContext) =>
    warnedTo(ctx) ? dossier.deadlineWarnedFor : null,
  history: async (dossier: DossierRow, _: unknown, ctx: DossiersContext) =>
    (await ctx.loaders.history.load(dossier.code)).map(historyEntry),
  attachments: async (dossier: DossierRow, _: unknown, ctx: DossiersContext) =>
    (await ctx.loaders.attachments.load(dossier.code)).map((file: AttachmentRow) => ({
      ...file,
      uploadedAt: file.createdAt,
    })),
  documents: (dossier: DossierRow, _: unknown, ctx: DossiersContext) =>
    formsOf(dossier).map((form) => ({
      kind: form.kind,
      title: form.title,
      circular: form.circular,
      url: ctx.links.formUrl(ctx.identity, dossier.code, form.kind),
    })),
  payments: (dossier: DossierRow, _: unknown, ctx: DossiersContext) =>
    ctx.loaders.payments.load(dossier.code),
  paidOnline: async (dossier: DossierRow, _: unknown, ctx: DossiersContext) =>
    (await ctx.loaders.payments.load(dossier.code)).some((payment) => payment.status === 'SUCCEEDED'),
  issuedDocuments: async (dossier: DossierRow, _: unknown, ctx: DossiersContext) =>
    (await ctx.loaders.issued.load(dossier.code)).map((document) => issuedView(document, ctx)),
  electronicResult: async (dossier: DossierRow, _: unknown, ctx: DossiersContext) => {
    if (!dossier.resultAttachmentId) return null;
    const files = await ctx.loaders.attachments.load(dossier.code);
    const file = files.find((candidate) => candidate.id === dossier.resultAttachmentId);
    if (!file) return null;
    const issued = await ctx.loaders.issued.load(dossier.code);
    const document = issued.find((candidate) => candidate.attachmentId === file.id);
    return {
      ...file,
      downloadUrl: ctx.links.resultUrl(ctx.identity, dossier.code),
      document: document ? issuedView(document, ctx) : null,
    };
  },
};

export const DossierTracking = {
  ...trackingFields,
  // Named field by field: who acted, and every free text (reasons, officers' notes, the payment platform's
  // transaction), stay out of the public view.
  history: async (dossier: DossierRow, _: unknown, ctx: DossiersContext) =>
    (await ctx.loaders.history.load(dossier.code)).map((entry) => {
      const { at, action, fromStatus, toStatus, actorRole } = historyEntry(entry);
      return { at, action, fromStatus, toStatus, actorRole };
    }),
};

export const DossierContact = {
  dossierCode: (dossier: DossierRow) => dossier.code,
  procedureName: (dossier: DossierRow) => dossier.procedure.name,
  status: (dossier: DossierRow) => statusName(dossier.status),
  statusCode: (dossier: DossierRow) => dossier.status,
  notify: (dossier: DossierRow) => ({
    sms: dossier.notifySms,
    email: dossier.notifyEmail,
    zalo: dossier.notifyZalo,
  }),
  postalAddress: (dossier: DossierRow) => (dossier.returnChannel === 'POST' ? dossier.postalAddress : null),
};
