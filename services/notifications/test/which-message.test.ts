import { newEvent } from '@dvc/contracts';
import { describe, expect, it } from 'vitest';
import type { DossierContact } from '../src/contacts/dossier-contacts';
import { maskAddress } from '../src/rules/message-rows';
import { messageFor, recipientsOf, resultMessage, vietnamDateTime } from '../src/rules/which-message';

const base = {
  dossierCode: 'D-1',
  unitCode: '30226',
  procedureCode: '1.001193',
  at: '2026-07-01T01:00:00Z',
  actorRole: 'OFFICER',
};
const contact: DossierContact = {
  dossierCode: 'D-1',
  unitCode: '30226',
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh',
  status: 'PROCESSING_FINISHED',
  statusCode: 9,
  appointmentAt: null,
  applicantName: 'Lê Văn C',
  phone: '0912345678',
  email: null,
  zaloId: null,
  notify: { sms: true, email: true, zalo: true },
  returnChannel: 'DESK',
  postalAddress: null,
};

describe('which message when', () => {
  it('writes dates in Vietnam time', () => {
    expect(vietnamDateTime('2026-07-31T09:30:00Z')).toBe('16:30 ngày 31/07/2026');
    expect(vietnamDateTime('2026-12-31T17:05:00Z')).toBe('00:05 ngày 01/01/2027');
  });

  it('announces an online filing, not one made at the desk', () => {
    const filed = (channel: 'ONLINE' | 'IN_PERSON') =>
      newEvent(
        'dossier.submitted.v1',
        {
          ...base,
          channel,
          assistedBy: null,
          returnChannel: 'DESK',
          notify: { sms: true, email: false, zalo: false },
        },
        't',
      );
    expect(messageFor(filed('ONLINE'))).toEqual({ template: 'dossier.submitted', params: {} });
    expect(messageFor(filed('IN_PERSON'))).toBeNull();
  });

  it('carries the appointment, the items and the reason into the message', () => {
    const received = newEvent(
      'dossier.received.v1',
      {
        ...base,
        channel: 'IN_PERSON',
        assistedBy: null,
        receivedAt: base.at,
        appointmentAt: '2026-07-03T09:30:00Z',
        feeVnd: 0,
      },
      't',
    );
    expect(messageFor(received)).toEqual({
      template: 'dossier.received',
      params: { appointment: '16:30 ngày 03/07/2026' },
    });
    const supplement = newEvent(
      'dossier.supplement-requested.v1',
      { ...base, channel: 'ONLINE', items: ['Tờ khai', 'Bản sao CCCD'], policy: 'RESTART' },
      't',
    );
    expect(messageFor(supplement)).toMatchObject({ params: { items: 'Tờ khai; Bản sao CCCD' } });
    const refused = newEvent(
      'dossier.refused.v1',
      { ...base, channel: 'ONLINE', reason: 'Sai mẫu tờ khai. ' },
      't',
    );
    expect(messageFor(refused)).toMatchObject({ params: { reason: 'Sai mẫu tờ khai' } });
    expect(
      messageFor(newEvent('dossier.processing-started.v1', { ...base, channel: 'ONLINE' }, 't')),
    ).toBeNull();
  });

  it('trims a hostile refusal reason (a long run of dots and spaces before a letter) in linear time', () => {
    const reason = `Sai mẫu${' .'.repeat(500_000)}x . .`;
    const started = performance.now();
    const decision = messageFor(newEvent('dossier.refused.v1', { ...base, channel: 'ONLINE', reason }, 't'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(decision).toMatchObject({ params: { reason: `Sai mẫu${' .'.repeat(500_000)}x` } });
  });

  // Issue 18, finding 10: Circular 01/2018 (Mẫu 01) and Decree 61/2018 want the citizen to know the date to come
  // back; a supplement under the decree's restart (or the paused time added) gives a new appointment.
  it('tells the new appointment a supplement gives, and not a date already past', () => {
    const supplemented = (appointmentAt: string | null) =>
      newEvent('dossier.supplemented.v1', { ...base, channel: 'ONLINE', appointmentAt }, 't');
    expect(messageFor(supplemented('2026-07-06T02:00:00Z'))).toEqual({
      template: 'dossier.rescheduled',
      params: { appointment: '09:00 ngày 06/07/2026' },
    });
    // Asked before acceptance: no clock ran, the receipt that follows tells the date.
    expect(messageFor(supplemented(null))).toBeNull();
    expect(messageFor(supplemented('2026-06-30T02:00:00Z'))).toBeNull();
    const apologized = newEvent(
      'dossier.apologized.v1',
      { ...base, channel: 'ONLINE', newAppointmentAt: '2026-07-08T02:00:00Z' },
      't',
    );
    expect(messageFor(apologized)).toEqual({
      template: 'dossier.apologized',
      params: { appointment: '09:00 ngày 08/07/2026' },
    });
  });

  it('words the result by how it travels, and respects the opt-ins and the addresses known', () => {
    expect(resultMessage(contact).template).toBe('dossier.result-ready');
    expect(
      resultMessage({
        ...contact,
        returnChannel: 'POST',
        postalAddress: { receiverName: 'C', phone: '0912345678', address: 'Lai Vung' },
      }).template,
    ).toBe('dossier.result-ready-post');
    expect(recipientsOf(contact).map((r) => r.channel)).toEqual(['SMS', 'ZALO']);
    expect(recipientsOf({ ...contact, notify: { sms: false, email: true, zalo: false } })).toEqual([]);
  });

  it('reaches Zalo by the Zalo user id the applicant gave, by phone otherwise, and masks either', () => {
    const zalo = (c: DossierContact) => recipientsOf(c).find((r) => r.channel === 'ZALO');
    expect(zalo(contact)).toEqual({ channel: 'ZALO', address: '0912345678' });
    expect(zalo({ ...contact, zaloId: '8412345678901234567' })).toEqual({
      channel: 'ZALO',
      address: '8412345678901234567',
      zaloUserId: true,
    });
    expect(zalo({ ...contact, zaloId: '8412345678901234567', phone: null })?.address).toBe(
      '8412345678901234567',
    );
    expect(
      zalo({ ...contact, zaloId: '8412345678901234567', notify: { sms: true, email: true, zalo: false } }),
    ).toBe(undefined);
    expect(maskAddress({ channel: 'ZALO', address: '8412345678901234567', zaloUserId: true })).toBe(
      'Zalo ID 841****567',
    );
    expect(maskAddress({ channel: 'ZALO', address: '0912345678' })).toBe('091****678');
  });
});
