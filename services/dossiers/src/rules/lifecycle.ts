import { type DomainEvent, type EventPayload, type EventType, newEvent } from '@dvc/contracts';
import { appendEvent, type Transaction } from '@dvc/database';
import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import { eq } from 'drizzle-orm';
import type { DossierRow } from '../data/dossiers';
import { attachments, dossierHistory, dossiers, type ReturnChannel } from '../db/schema';
import { canReadDossier, dossierNotFound, mayAct, requireSignedIn } from './access';
import type { RuleDeps } from './deps';
import { ACTION_LABELS, type Action, LEGAL_FROM, DOSSIER_STATUSES as S, STATUS_LABELS } from './status';
import { type Change, eventBase, type SupplementPolicy, TRANSITIONS } from './transitions';
import { assertUnitWritable } from './unit-moves';
import { issueDocument } from './verification';

/** Who acts: a signed-in person, or the system itself (a postal confirmation, an import). */
export type Actor = { sub: string | null; role: string; unitCode: string | null };

export const actorOf = (identity: Identity): Actor => ({
  sub: identity.sub,
  role: identity.role,
  unitCode: identity.unitCode,
});

/**
 * Writes one transition: the new state, its audit entry and its event in one transaction, so that the history,
 * the dossier and what reporting and notifications hear can never disagree. The dossier row is locked first, so
 * two officers pressing buttons at once act one after the other and the second sees the first's result.
 */
export async function recordTransition(
  tx: Transaction,
  source: string,
  dossier: DossierRow,
  action: Action,
  actor: Actor,
  at: Date,
  change: Change,
): Promise<DossierRow> {
  const patch = { ...change.patch, status: change.toStatus, updatedAt: new Date() };
  // The event describes the dossier as it stands after the change (after a transfer, the new unit owns it).
  const after = { ...dossier, ...patch } as DossierRow;
  // A first step (the row was just written as it stands) has nothing to update: one statement less under the
  // code counter's lock, which every filing of the agency that day waits for.
  const unchanged = Object.keys(change.patch).length === 0 && change.toStatus === dossier.status;
  const [updated] = unchanged
    ? [dossier]
    : await tx.update(dossiers).set(patch).where(eq(dossiers.code, dossier.code)).returning();
  await tx.insert(dossierHistory).values({
    dossierCode: dossier.code,
    at,
    action,
    fromStatus: action === 'SUBMIT' || change.fromStatus === null ? null : dossier.status,
    toStatus: change.toStatus,
    actorSub: actor.sub,
    actorRole: actor.role,
    actorUnitCode: actor.unitCode,
    note: change.note ?? null,
    details: change.details ?? {},
  });
  await appendEvent(
    tx,
    newEvent(
      change.event.type,
      { ...eventBase(after, at, actor.role), ...change.event.payload } as EventPayload<EventType>,
      source,
      at,
    ) as DomainEvent,
  );
  if (!updated) throw new Error(`dossier ${dossier.code} vanished during a transition`);
  return updated;
}

function illegal(dossier: DossierRow, action: Action) {
  return userError(
    'BAD_USER_INPUT',
    `Không thể ${ACTION_LABELS[action]} khi hồ sơ đang ở trạng thái "${STATUS_LABELS[dossier.status]}"`,
    `Cannot ${action.toLowerCase().replaceAll('_', ' ')} a dossier whose status is ${dossier.status}`,
    { status: dossier.status },
  );
}

/**
 * Locks the dossier, checks that the caller may take the action and that the status allows it, then lets
 * `decide` compute the change (it may refuse with a user error, which rolls everything back).
 */
export async function transition(
  deps: RuleDeps,
  code: string,
  action: Action,
  identity: Identity,
  decide: (dossier: DossierRow, at: Date, tx: Transaction) => Promise<Change> | Change,
): Promise<DossierRow> {
  requireSignedIn(identity);
  return deps.db.transaction(async (tx) => {
    const [dossier] = await tx.select().from(dossiers).where(eq(dossiers.code, code)).for('update');
    if (!dossier || !canReadDossier(identity, dossier)) throw dossierNotFound(code);
    await assertUnitWritable(tx, dossier.receivingUnitCode);
    if (!mayAct(identity, action, dossier)) {
      throw userError(
        'FORBIDDEN',
        `Bạn không có quyền ${ACTION_LABELS[action]} đối với hồ sơ ${code}`,
        `You may not ${action.toLowerCase().replaceAll('_', ' ')} dossier ${code}`,
      );
    }
    if (!LEGAL_FROM[action].includes(dossier.status)) throw illegal(dossier, action);
    const at = deps.now();
    const change = await decide(dossier, at, tx);
    return recordTransition(tx, deps.source, dossier, action, actorOf(identity), at, change);
  });
}

/** The deadline a receipt at `from` sets: the procedure's duration in working time; none without a duration. */
export async function appointmentFrom(deps: RuleDeps, dossier: DossierRow, from: Date): Promise<Date | null> {
  const duration = dossier.procedure.duration;
  return duration ? deps.catalogue.appointmentFor(from, duration) : null;
}

/** The deadline once the applicant has supplemented at `at`, under `policy`; null when asked before acceptance. */
export async function deadlineAfterSupplement(
  deps: RuleDeps,
  dossier: DossierRow,
  at: Date,
  policy: SupplementPolicy,
): Promise<Date | null> {
  if ((dossier.statusBeforeSupplement ?? S.ACCEPTED) === S.NEWLY_FILED) return null;
  // The decree: the full duration again from completion.
  if (policy === 'RESTART') return appointmentFrom(deps, dossier, at);
  if (!dossier.dueAt || !dossier.supplementRequestedAt) return dossier.dueAt;
  // Durations are working time, so is the pause: office hours of working days spent waiting move the deadline,
  // a weekend or a night spent waiting does not.
  const paused = await deps.catalogue.workingMinutesBetween(dossier.supplementRequestedAt, at);
  return deps.catalogue.addWorkingMinutes(dossier.dueAt, paused);
}

export const receiveDossier = (deps: RuleDeps, code: string, identity: Identity) =>
  transition(deps, code, 'RECEIVE', identity, async (dossier, at) =>
    TRANSITIONS.RECEIVE(dossier, at, { appointmentAt: await appointmentFrom(deps, dossier, at) }),
  );

export const refuseDossier = (deps: RuleDeps, code: string, identity: Identity, input: { reason: string }) =>
  transition(deps, code, 'REFUSE', identity, (dossier, at) => TRANSITIONS.REFUSE(dossier, at, input));

export const requestSupplement = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { items: string[]; note?: string | null },
) =>
  transition(deps, code, 'REQUEST_SUPPLEMENT', identity, (dossier, at) => {
    const change = TRANSITIONS.REQUEST_SUPPLEMENT(dossier, at, { ...input, policy: deps.supplementPolicy });
    // The desk's limit, not the transition's: legacy systems asked twice, and their history is imported as it was.
    if (dossier.supplementCount >= 1) {
      throw userError(
        'CONFLICT',
        'Hồ sơ đã được yêu cầu bổ sung một lần; quy định chỉ cho phép yêu cầu bổ sung một lần',
        'This dossier was already asked for a supplement; only one request is allowed',
      );
    }
    return change;
  });

export const supplementDossier = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { attachmentIds?: string[] | null; note?: string | null },
) =>
  transition(deps, code, 'SUPPLEMENT', identity, async (dossier, at, tx) => {
    const attachmentIds = input.attachmentIds ?? [];
    // An applicant supplementing now hands in files or says what was handed in; a legacy record may say neither.
    if (attachmentIds.length === 0 && !input.note?.trim()) {
      throw userError(
        'BAD_USER_INPUT',
        'Vui lòng đính kèm giấy tờ bổ sung hoặc ghi chú nội dung đã bổ sung',
        'Attach the added documents or describe what was added',
      );
    }
    await linkAttachments(tx, identity, dossier.code, attachmentIds, 'SUPPLEMENT');
    const policy = deps.supplementPolicy;
    return TRANSITIONS.SUPPLEMENT(dossier, at, {
      attachmentIds,
      note: input.note ?? null,
      policy,
      dueAt: await deadlineAfterSupplement(deps, dossier, at, policy),
    });
  });

export const startProcessing = (deps: RuleDeps, code: string, identity: Identity) =>
  transition(deps, code, 'START_PROCESSING', identity, (dossier, at) =>
    TRANSITIONS.START_PROCESSING(dossier, at, {}),
  );

export const transferDossier = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { toUnitCode?: string | null; toOfficer?: string | null; note?: string | null },
) =>
  transition(deps, code, 'TRANSFER', identity, async (dossier, at) => {
    const toUnit = input.toUnitCode?.trim() || null;
    const toOfficer = input.toOfficer?.trim() || null;
    if ((toUnit === null) === (toOfficer === null)) {
      throw userError(
        'BAD_USER_INPUT',
        'Chọn một cán bộ hoặc một cơ quan nhận hồ sơ (chỉ một)',
        'Name either the officer or the agency that takes the dossier over (one of them)',
      );
    }
    if (toOfficer) return TRANSITIONS.TRANSFER(dossier, at, { to: { officer: toOfficer }, note: input.note });
    const unit = await deps.catalogue.unit(toUnit as string);
    if (!unit) {
      throw userError(
        'BAD_USER_INPUT',
        `Không có đơn vị mã ${toUnit}`,
        `There is no unit with code ${toUnit}`,
      );
    }
    return TRANSITIONS.TRANSFER(dossier, at, { to: { unit }, note: input.note });
  });

export const requestPayment = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { amountVnd?: number | null; quantity?: number | null; note?: string | null },
) =>
  transition(deps, code, 'REQUEST_PAYMENT', identity, (dossier, at) =>
    TRANSITIONS.REQUEST_PAYMENT(dossier, at, input),
  );

export const recordPayment = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { online: boolean; note?: string | null },
) => transition(deps, code, 'PAY', identity, (dossier, at) => TRANSITIONS.PAY(dossier, at, input));

export const resolveDossier = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { summary: string; resultAttachmentId?: string | null },
) =>
  transition(deps, code, 'RESOLVE', identity, async (dossier, at, tx) => {
    // A desk resolving now states the result; a legacy record may not have.
    const summary = input.summary?.trim() ?? '';
    if (!summary) {
      throw userError(
        'BAD_USER_INPUT',
        'Vui lòng ghi kết quả giải quyết',
        'Describe the result of the procedure',
      );
    }
    if (input.resultAttachmentId) {
      await linkAttachments(tx, identity, dossier.code, [input.resultAttachmentId], 'RESULT');
      await issueDocument(tx, dossier, 'RESULT', at, { attachmentId: input.resultAttachmentId });
    }
    return TRANSITIONS.RESOLVE(dossier, at, { summary, resultAttachmentId: input.resultAttachmentId });
  });

export const apologizeForDelay = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { newAppointmentAt: Date; reason: string },
) =>
  transition(deps, code, 'APOLOGIZE', identity, (dossier, at) => TRANSITIONS.APOLOGIZE(dossier, at, input));

export const returnResult = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { returnChannel?: ReturnChannel | null; note?: string | null },
) =>
  transition(deps, code, 'RETURN_RESULT', identity, (dossier, at) =>
    TRANSITIONS.RETURN_RESULT(dossier, at, input),
  );

export const withdrawDossier = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { reason?: string | null },
) => transition(deps, code, 'WITHDRAW', identity, (dossier, at) => TRANSITIONS.WITHDRAW(dossier, at, input));

export const stopProcessing = (deps: RuleDeps, code: string, identity: Identity, input: { reason: string }) =>
  transition(deps, code, 'STOP', identity, (dossier, at) => TRANSITIONS.STOP(dossier, at, input));

/** Links uploaded files to a dossier: only the uploader's own files, each only once. */
export async function linkAttachments(
  tx: Transaction,
  identity: Identity,
  dossierCode: string,
  ids: string[],
  purpose: string | null,
  /** The filing says which document a file stands for: that replaces whatever label the upload carried. */
  options: { relabel?: boolean } = {},
): Promise<void> {
  for (const id of ids) {
    const [file] = /^[0-9a-f-]{36}$/i.test(id)
      ? await tx.select().from(attachments).where(eq(attachments.id, id)).for('update')
      : [];
    if (!file || file.uploaderSub !== identity.sub) {
      throw userError(
        'BAD_USER_INPUT',
        `Không tìm thấy tệp đính kèm ${id}; vui lòng tải tệp lên lại`,
        `Attachment ${id} was not found; upload the file again`,
      );
    }
    if (file.dossierCode && file.dossierCode !== dossierCode) {
      throw userError(
        'CONFLICT',
        `Tệp ${file.fileName} đã được dùng cho hồ sơ khác`,
        `File ${file.fileName} is already attached to another dossier`,
      );
    }
    await tx
      .update(attachments)
      .set({ dossierCode, purpose: options.relabel ? purpose : (file.purpose ?? purpose) })
      .where(eq(attachments.id, id));
  }
}
