import { type DossierContact, maskEmail, maskPhone, maskZaloId } from '../contacts/dossier-contacts';
import type { NewNotification } from '../data/notifications';
import type { UnitAlertContactRow } from '../data/unit-alerts';
import { currentTemplate } from '../templates/templates';
import { type MessageDecision, type Recipient, recipientsOf } from './which-message';

export function maskAddress(recipient: Recipient): string {
  if (recipient.channel === 'EMAIL') return maskEmail(recipient.address);
  return recipient.zaloUserId ? `Zalo ID ${maskZaloId(recipient.address)}` : maskPhone(recipient.address);
}

/** One delivery-log row per channel the applicant agreed to and can be reached on, as a decision calls for. */
export function messageRows(input: {
  dossierCode: string;
  unitCode: string | null;
  eventId: string;
  decision: MessageDecision;
  contact: DossierContact;
}): NewNotification[] {
  const template = currentTemplate(input.decision.template);
  return recipientsOf(input.contact).map((recipient) => ({
    dossierCode: input.dossierCode,
    unitCode: input.unitCode,
    eventId: input.eventId,
    channel: recipient.channel,
    template: input.decision.template,
    templateVersion: template.version,
    params: input.decision.params,
    recipientMasked: maskAddress(recipient),
    status: 'QUEUED' as const,
  }));
}

/** One delivery-log row per alert contact of a unit, for a warning to its desk. */
export function alertRows(input: {
  dossierCode: string;
  unitCode: string;
  eventId: string;
  decision: MessageDecision;
  recipients: UnitAlertContactRow[];
}): NewNotification[] {
  const template = currentTemplate(input.decision.template);
  return input.recipients.map((recipient) => ({
    dossierCode: input.dossierCode,
    unitCode: input.unitCode,
    eventId: input.eventId,
    alertContactId: recipient.id,
    channel: recipient.channel,
    template: input.decision.template,
    templateVersion: template.version,
    params: input.decision.params,
    recipientMasked: maskAddress(recipient),
    status: 'QUEUED' as const,
  }));
}
