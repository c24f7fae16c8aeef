import { type DomainEvent, type EventPayload, type EventType, newEvent } from '@dvc/contracts';
import { appendEvent, type Transaction } from '@dvc/database';
import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import { eq } from 'drizzle-orm';
import type { DossierRow } from '../data/dossiers';
import { attachments, dossierHistory, dossiers, type ReturnChannel } from '../db/schema';
import { canReadDossier, dossierNotFound, mayAct, requireSignedIn } from './access';
import type { RuleDeps } from './deps';
import { feeOf } from './fees';
import { ACTION_LABELS, type Action, LEGAL_FROM, DOSSIER_STATUSES as S, STATUS_LABELS } from './status';
import { judge } from './timeliness';
import { assertUnitWritable } from './unit-moves';
import { issueDocument } from './verification';

/** Who acts: a signed-in person, or the system itself (a postal confirmation, an import). */
export type Actor = { sub: string | null; role: string; unitCode: string | null };

export const actorOf = (identity: Identity): Actor => ({
  sub: identity.sub,
  role: identity.role,
  unitCode: identity.unitCode,
});

type Change<T extends EventType> = {
  toStatus: number;
  /** Only for a dossier's first step, which starts from no status. */
  fromStatus?: null;
  patch: Partial<typeof dossiers.$inferInsert>;
  note?: string | null;
  details?: Record<string, unknown>;
  event: { type: T; payload: Omit<EventPayload<T>, keyof ReturnType<typeof eventBase>> };
};

export function eventBase(dossier: DossierRow, at: Date, actorRole: string) {
  return {
    dossierCode: dossier.code,
    unitCode: dossier.unitCode,
    procedureCode: dossier.procedureCode,
    channel: dossier.channel,
    at: at.toISOString(),
    actorRole,
  };
}

/**
 * Writes one transition: the new state, its audit entry and its event in one transaction, so that the history,
 * the dossier and what reporting and notifications hear can never disagree. The dossier row is locked first, so
 * two officers pressing buttons at once act one after the other and the second sees the first's result.
 */
export async function recordTransition<T extends EventType>(
  tx: Transaction,
  source: string,
  dossier: DossierRow,
  action: Action,
  actor: Actor,
  at: Date,
  change: Change<T>,
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
      { ...eventBase(after, at, actor.role), ...change.event.payload } as EventPayload<T>,
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
export async function transition<T extends EventType>(
  deps: RuleDeps,
  code: string,
  action: Action,
  identity: Identity,
  decide: (dossier: DossierRow, at: Date, tx: Transaction) => Promise<Change<T>> | Change<T>,
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

const required = (value: string | null | undefined, vi: string, en: string): string => {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) throw userError('BAD_USER_INPUT', vi, en);
  return trimmed;
};

async function appointmentFrom(deps: RuleDeps, dossier: DossierRow, from: Date): Promise<Date | null> {
  const duration = dossier.procedure.duration;
  return duration ? deps.catalogue.appointmentFor(from, duration) : null;
}

export const receiveDossier = (deps: RuleDeps, code: string, identity: Identity) =>
  transition(deps, code, 'RECEIVE', identity, async (dossier, at) => {
    const dueAt = await appointmentFrom(deps, dossier, at);
    return {
      toStatus: S.ACCEPTED,
      patch: { receivedAt: at, dueAt, appointmentAt: dueAt },
      event: {
        type: 'dossier.received.v1',
        payload: {
          assistedBy: dossier.assistedBy,
          receivedAt: at.toISOString(),
          appointmentAt: dueAt?.toISOString() ?? null,
          feeVnd: dossier.procedure.feeVnd,
        },
      },
    };
  });

export const refuseDossier = (deps: RuleDeps, code: string, identity: Identity, input: { reason: string }) =>
  transition(deps, code, 'REFUSE', identity, (_dossier, at) => {
    const reason = required(input.reason, 'Vui lòng ghi lý do từ chối', 'Give the reason for refusal');
    return {
      toStatus: S.NOT_ACCEPTED,
      patch: { closedAt: at },
      note: reason,
      event: { type: 'dossier.refused.v1', payload: { reason } },
    };
  });

export const requestSupplement = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { items: string[]; note?: string | null },
) =>
  transition(deps, code, 'REQUEST_SUPPLEMENT', identity, (dossier, at) => {
    const items = input.items.map((item) => item.trim()).filter(Boolean);
    if (items.length === 0) {
      throw userError(
        'BAD_USER_INPUT',
        'Vui lòng liệt kê giấy tờ cần bổ sung',
        'List the documents the applicant must add',
      );
    }
    if (dossier.supplementCount >= 1) {
      throw userError(
        'CONFLICT',
        'Hồ sơ đã được yêu cầu bổ sung một lần; quy định chỉ cho phép yêu cầu bổ sung một lần',
        'This dossier was already asked for a supplement; only one request is allowed',
      );
    }
    return {
      toStatus: S.SUPPLEMENT_REQUESTED,
      patch: {
        supplementCount: dossier.supplementCount + 1,
        supplementRequestedAt: at,
        supplementItems: items,
        statusBeforeSupplement: dossier.status,
      },
      note: input.note?.trim() || null,
      details: { items },
      event: { type: 'dossier.supplement-requested.v1', payload: { items, policy: deps.supplementPolicy } },
    };
  });

export const supplementDossier = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { attachmentIds?: string[] | null; note?: string | null },
) =>
  transition(deps, code, 'SUPPLEMENT', identity, async (dossier, at, tx) => {
    const ids = input.attachmentIds ?? [];
    if (ids.length === 0 && !input.note?.trim()) {
      throw userError(
        'BAD_USER_INPUT',
        'Vui lòng đính kèm giấy tờ bổ sung hoặc ghi chú nội dung đã bổ sung',
        'Attach the added documents or describe what was added',
      );
    }
    await linkAttachments(tx, identity, dossier.code, ids, 'SUPPLEMENT');
    const before = dossier.statusBeforeSupplement ?? S.ACCEPTED;
    if (before === S.NEWLY_FILED) {
      // Asked before acceptance: no clock ran yet; the desk now decides whether to accept.
      return {
        toStatus: S.NEWLY_FILED,
        patch: { statusBeforeSupplement: null },
        note: input.note ?? null,
        details: { attachmentIds: ids },
        event: { type: 'dossier.supplemented.v1', payload: { appointmentAt: null } },
      };
    }
    let dueAt = dossier.dueAt;
    let toStatus: number = before;
    if (deps.supplementPolicy === 'RESTART') {
      // The decree: the full duration again from completion, and the dossier returns to the receiving desk.
      dueAt = await appointmentFrom(deps, dossier, at);
      toStatus = S.ACCEPTED;
    } else if (dossier.dueAt && dossier.supplementRequestedAt) {
      // Durations are working time, so is the pause: office hours of working days spent waiting move the deadline,
      // a weekend or a night spent waiting does not.
      const paused = await deps.catalogue.workingMinutesBetween(dossier.supplementRequestedAt, at);
      dueAt = await deps.catalogue.addWorkingMinutes(dossier.dueAt, paused);
    }
    const appointmentAt =
      dossier.appointmentAt && dueAt && dossier.appointmentAt > dueAt ? dossier.appointmentAt : dueAt;
    return {
      toStatus,
      patch: { dueAt, appointmentAt, statusBeforeSupplement: null },
      note: input.note ?? null,
      details: { attachmentIds: ids, policy: deps.supplementPolicy },
      event: { type: 'dossier.supplemented.v1', payload: { appointmentAt: dueAt?.toISOString() ?? null } },
    };
  });

export const startProcessing = (deps: RuleDeps, code: string, identity: Identity) =>
  transition(deps, code, 'START_PROCESSING', identity, () => ({
    toStatus: S.IN_PROGRESS,
    patch: {},
    event: { type: 'dossier.processing-started.v1', payload: {} },
  }));

export const transferDossier = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { toUnitCode?: string | null; toOfficer?: string | null; note?: string | null },
) =>
  transition(deps, code, 'TRANSFER', identity, async (dossier) => {
    const toUnit = input.toUnitCode?.trim() || null;
    const toOfficer = input.toOfficer?.trim() || null;
    if ((toUnit === null) === (toOfficer === null)) {
      throw userError(
        'BAD_USER_INPUT',
        'Chọn một cán bộ hoặc một cơ quan nhận hồ sơ (chỉ một)',
        'Name either the officer or the agency that takes the dossier over (one of them)',
      );
    }
    if (toOfficer) {
      return {
        toStatus: dossier.status,
        patch: { assignedTo: toOfficer },
        note: input.note ?? null,
        details: { fromOfficer: dossier.assignedTo, toOfficer },
        event: {
          type: 'dossier.transferred.v1',
          payload: { fromUnitCode: dossier.unitCode, toUnitCode: dossier.unitCode },
        },
      };
    }
    if (toUnit === dossier.unitCode) {
      throw userError(
        'BAD_USER_INPUT',
        'Hồ sơ đã thuộc cơ quan này',
        'The dossier already belongs to that unit',
      );
    }
    const unit = await deps.catalogue.unit(toUnit as string);
    if (!unit) {
      throw userError(
        'BAD_USER_INPUT',
        `Không có đơn vị mã ${toUnit}`,
        `There is no unit with code ${toUnit}`,
      );
    }
    return {
      toStatus: dossier.status,
      patch: { unitCode: unit.code, unitPath: unit.path, assignedTo: null },
      note: input.note ?? null,
      details: { fromUnitCode: dossier.unitCode, toUnitCode: unit.code },
      event: {
        type: 'dossier.transferred.v1',
        payload: { fromUnitCode: dossier.unitCode, toUnitCode: unit.code },
      },
    };
  });

export const requestPayment = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { amountVnd?: number | null; quantity?: number | null; note?: string | null },
) =>
  transition(deps, code, 'REQUEST_PAYMENT', identity, (dossier) => {
    // Without an amount the procedure's fee applies; an explicit amount is another obligation (a tax, a charge).
    const amountVnd = input.amountVnd ?? feeOf(dossier, input.quantity ?? null);
    if (!Number.isInteger(amountVnd) || amountVnd <= 0) {
      throw userError(
        'BAD_USER_INPUT',
        'Số tiền phải là số nguyên dương (đồng)',
        'The amount must be a positive whole number of dong',
      );
    }
    return {
      toStatus: S.PAYMENT_REQUESTED,
      patch: { paymentAmountVnd: amountVnd },
      note: input.note ?? null,
      details: { amountVnd, quantity: input.quantity ?? null },
      event: { type: 'dossier.payment-requested.v1', payload: { amountVnd } },
    };
  });

export const recordPayment = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { online: boolean; note?: string | null },
) =>
  transition(deps, code, 'PAY', identity, (dossier, at) => ({
    toStatus: S.IN_PROGRESS,
    patch: { paidAt: at },
    note: input.note ?? null,
    event: {
      type: 'dossier.paid.v1',
      payload: { amountVnd: dossier.paymentAmountVnd ?? 0, online: input.online },
    },
  }));

export const resolveDossier = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { summary: string; resultAttachmentId?: string | null },
) =>
  transition(deps, code, 'RESOLVE', identity, async (dossier, at, tx) => {
    const summary = required(
      input.summary,
      'Vui lòng ghi kết quả giải quyết',
      'Describe the result of the procedure',
    );
    if (input.resultAttachmentId) {
      await linkAttachments(tx, identity, dossier.code, [input.resultAttachmentId], 'RESULT');
      await issueDocument(tx, dossier, 'RESULT', at, { attachmentId: input.resultAttachmentId });
    }
    const timeliness = judge(dossier.dueAt, at, dossier.supplementCount);
    return {
      toStatus: S.PROCESSING_FINISHED,
      patch: {
        resolvedAt: at,
        resultSummary: summary,
        resultAttachmentId: input.resultAttachmentId ?? null,
        timeliness,
      },
      note: summary,
      details: { timeliness },
      event: {
        type: 'dossier.resolved.v1',
        payload: {
          appointmentAt: dossier.dueAt?.toISOString() ?? null,
          timeliness,
          electronicResult: Boolean(input.resultAttachmentId),
          amountDueVnd:
            dossier.paidAt || dossier.procedure.feeKind?.startsWith('PER_') ? 0 : dossier.procedure.feeVnd,
        },
      },
    };
  });

export const apologizeForDelay = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { newAppointmentAt: Date; reason: string },
) =>
  transition(deps, code, 'APOLOGIZE', identity, (dossier, at) => {
    const reason = required(input.reason, 'Vui lòng ghi lý do chậm trễ', 'Give the reason for the delay');
    const current = dossier.appointmentAt;
    if (input.newAppointmentAt <= at || (current && input.newAppointmentAt <= current)) {
      throw userError(
        'BAD_USER_INPUT',
        'Ngày hẹn mới phải sau ngày hẹn hiện tại và sau thời điểm hiện tại',
        'The new appointment must be later than the current one and than now',
      );
    }
    return {
      toStatus: dossier.status,
      // Lateness stays judged on `dueAt`: an apology promises a new date, it does not move the deadline.
      patch: { appointmentAt: input.newAppointmentAt },
      note: reason,
      details: {
        previousAppointmentAt: current?.toISOString() ?? null,
        beforeDeadline: !dossier.dueAt || at <= dossier.dueAt,
      },
      event: {
        type: 'dossier.apologized.v1',
        payload: { newAppointmentAt: input.newAppointmentAt.toISOString() },
      },
    };
  });

export const returnResult = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { returnChannel?: ReturnChannel | null; note?: string | null },
) =>
  transition(deps, code, 'RETURN_RESULT', identity, (dossier, at) => {
    const returnChannel = input.returnChannel ?? dossier.returnChannel;
    return {
      toStatus: S.RESULT_RETURNED,
      patch: { returnedAt: at, returnChannel },
      note: input.note ?? null,
      details: { returnChannel },
      event: { type: 'dossier.result-returned.v1', payload: { returnChannel } },
    };
  });

export const withdrawDossier = (
  deps: RuleDeps,
  code: string,
  identity: Identity,
  input: { reason?: string | null },
) =>
  transition(deps, code, 'WITHDRAW', identity, (_dossier, at) => ({
    toStatus: S.WITHDRAWN,
    patch: { closedAt: at },
    note: input.reason?.trim() || null,
    event: { type: 'dossier.withdrawn.v1', payload: {} },
  }));

export const stopProcessing = (deps: RuleDeps, code: string, identity: Identity, input: { reason: string }) =>
  transition(deps, code, 'STOP', identity, (_dossier, at) => {
    const reason = required(input.reason, 'Vui lòng ghi lý do dừng xử lý', 'Give the reason for stopping');
    return {
      toStatus: S.PROCESSING_STOPPED,
      patch: { closedAt: at },
      note: reason,
      event: { type: 'dossier.processing-stopped.v1', payload: { reason } },
    };
  });

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
