import { describe, expect, it } from 'vitest';
import { newEvent, parseEvent } from '../src';

const payload = {
  dossierCode: '000.00.91.H20-261127-0001',
  unitCode: '30226',
  procedureCode: '1.001193',
  channel: 'ONLINE' as const,
  at: '2026-11-27T02:00:00.000Z',
  actorRole: 'OFFICER',
  assistedBy: null,
  receivedAt: '2026-11-27T02:00:00.000Z',
  appointmentAt: null,
  feeVnd: 0,
};

describe('event contracts', () => {
  it('round-trips an event through its envelope', () => {
    const event = newEvent('dossier.received.v1', payload, 'dossiers');
    expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it('refuses a payload that breaks the contract, naming the field', () => {
    expect(() =>
      newEvent('dossier.received.v1', { ...payload, channel: 'FAX' as never }, 'dossiers'),
    ).toThrow(/channel/);
    const event = newEvent('dossier.received.v1', payload, 'dossiers');
    expect(() => parseEvent({ ...event, payload: { ...payload, unitCode: '' } })).toThrow(/unitCode/);
  });

  it('refuses an unknown event type', () => {
    const event = newEvent('dossier.received.v1', payload, 'dossiers');
    expect(() => parseEvent({ ...event, type: 'dossier.vanished.v1' })).toThrow(/unknown event type/);
  });
});
