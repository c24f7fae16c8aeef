import type { DomainEvent, EventPayload } from '@dvc/contracts';
import type { DossierContact } from '../contacts/dossier-contacts';
import type { Channel } from '../db/schema';
import type { TemplateName } from '../templates/templates';

/** "08:30 ngày 10/01/2019", in Vietnam time (UTC+7, no daylight saving). */
export function vietnamDateTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

/**
 * The reason without its final dots and spaces (the template ends the sentence). A loop from the end, not a
 * pattern anchored at the end, which would rescan every run of dots and spaces inside the text: quadratic time.
 */
function withoutTrailingStops(text: string): string {
  let end = text.length;
  while (end > 0 && /[.\s]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

export type MessageDecision = { template: TemplateName; params: Record<string, string> };

/**
 * Which message a dossier event calls for, before knowing who receives it; null for the events a citizen need not
 * hear about (processing started, transfer between units: the appointment does not change). Every change of the
 * appointment is told: at receipt, after a supplement, with an apology. The result-ready
 * wording depends on how the result travels, which only the contact knows, so it is decided in `resultMessage`.
 */
export function messageFor(event: DomainEvent): MessageDecision | 'RESULT' | null {
  switch (event.type) {
    case 'dossier.submitted.v1':
      // At the desk the citizen is standing there; the receipt that follows is the message worth sending.
      return event.payload.channel === 'ONLINE' ? { template: 'dossier.submitted', params: {} } : null;
    case 'dossier.received.v1':
      return {
        template: 'dossier.received',
        params: {
          appointment: event.payload.appointmentAt
            ? vietnamDateTime(event.payload.appointmentAt)
            : 'không quy định thời hạn',
        },
      };
    case 'dossier.supplement-requested.v1':
      return { template: 'dossier.supplement-requested', params: { items: event.payload.items.join('; ') } };
    case 'dossier.refused.v1':
      return { template: 'dossier.refused', params: { reason: withoutTrailingStops(event.payload.reason) } };
    case 'dossier.supplemented.v1': {
      // The supplement gives a new appointment (the decree's restart, or the paused time added): the citizen must
      // know when to come back. A date already past (a request made after the deadline, under the pause) is not a
      // date to come back on: the desk owes an apology with a new one, which is told on its own.
      const { appointmentAt, at } = event.payload;
      return appointmentAt && Date.parse(appointmentAt) > Date.parse(at)
        ? { template: 'dossier.rescheduled', params: { appointment: vietnamDateTime(appointmentAt) } }
        : null;
    }
    case 'dossier.apologized.v1':
      return {
        template: 'dossier.apologized',
        params: { appointment: vietnamDateTime(event.payload.newAppointmentAt) },
      };
    case 'dossier.resolved.v1':
      return 'RESULT';
    default:
      return null;
  }
}

/** The warning to a unit's desk that a dossier is about to go late. */
export function deadlineWarning(payload: EventPayload<'dossier.deadline-approaching.v1'>): MessageDecision {
  return {
    template: 'unit.deadline-approaching',
    params: { due: vietnamDateTime(payload.dueAt), assignee: payload.assignedTo ?? 'chưa phân công' },
  };
}

export function resultMessage(contact: DossierContact): MessageDecision {
  return contact.returnChannel === 'POST' && contact.postalAddress
    ? { template: 'dossier.result-ready-post', params: {} }
    : { template: 'dossier.result-ready', params: {} };
}

/** Where one message goes; on Zalo, to the applicant's Zalo user id or, without one, to their phone number. */
export type Recipient = { channel: Channel; address: string; zaloUserId?: true };

/**
 * The channels the applicant agreed to and can be reached on. Zalo ZNS reaches the Zalo account the applicant
 * gave (the id their OA follow or mini app login revealed), else the account registered to their phone number.
 */
export function recipientsOf(contact: DossierContact): Recipient[] {
  const out: Recipient[] = [];
  if (contact.notify.sms && contact.phone) out.push({ channel: 'SMS', address: contact.phone });
  if (contact.notify.email && contact.email) out.push({ channel: 'EMAIL', address: contact.email });
  if (contact.notify.zalo && contact.zaloId)
    out.push({ channel: 'ZALO', address: contact.zaloId, zaloUserId: true });
  else if (contact.notify.zalo && contact.phone) out.push({ channel: 'ZALO', address: contact.phone });
  return out;
}

/** Contact values every template may use. */
export function contactValues(contact: DossierContact): Record<string, string> {
  return { code: contact.dossierCode, applicant: contact.applicantName, procedure: contact.procedureName };
}
