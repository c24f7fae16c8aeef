import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Identity } from '@dvc/identity';

/**
 * Short-lived signed links for the HTTP routes (uploads, PDFs): the gateway serves GraphQL only, so a client asks
 * for a link through it and then talks to the file route directly, carrying who it is inside the link. Each link
 * has an id of its own, so that an upload link can be spent once.
 */
export type Ticket = { purpose: string; identity: Identity; exp: number; id: string };

export function signTicket(secret: string, ticket: Omit<Ticket, 'id'>): string {
  const body = Buffer.from(JSON.stringify({ ...ticket, id: randomUUID() })).toString('base64url');
  const mac = createHmac('sha256', `ticket:${secret}`).update(body).digest('base64url');
  return `${body}.${mac}`;
}

export function verifyTicket(
  secret: string,
  token: string,
  purpose: string,
  now = Date.now(),
): Ticket | null {
  const [body, mac] = token.split('.');
  if (!body || !mac) return null;
  const expected = createHmac('sha256', `ticket:${secret}`).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const ticket = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Ticket;
  return ticket.purpose === purpose && ticket.exp * 1000 > now ? ticket : null;
}
