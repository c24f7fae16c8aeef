import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { type Identity, identitySchema } from './identity';

/**
 * The gateway-to-subgraph identity contract. The gateway verifies the caller's JWT, then forwards who the caller
 * is as a base64url JSON header signed with HMAC-SHA256 under a secret only the gateway and subgraphs share.
 * Subgraphs never see the JWT, so they need no key material of the identity provider, and a request that skips
 * the gateway carries no valid signature.
 */
export const IDENTITY_HEADER = 'x-dvc-identity';
export const IDENTITY_SIGNATURE_HEADER = 'x-dvc-identity-signature';
export const REQUEST_ID_HEADER = 'x-request-id';

/** A signature older than this is refused, so a captured header cannot be replayed for long. */
const MAX_AGE_SECONDS = 300;
/** Clocks of different hosts drift; allow this much of the future. */
const CLOCK_SKEW_SECONDS = 30;

const signedPayloadSchema = identitySchema.extend({ iat: z.number().int() });

export class IdentityRejected extends Error {}

function hmac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signIdentity(
  identity: Identity,
  secret: string,
  now: Date = new Date(),
): Record<string, string> {
  const payload = Buffer.from(
    JSON.stringify({ ...identity, iat: Math.floor(now.getTime() / 1000) }),
    'utf8',
  ).toString('base64url');
  return {
    [IDENTITY_HEADER]: payload,
    [IDENTITY_SIGNATURE_HEADER]: hmac(secret, payload).toString('base64url'),
  };
}

export function verifyIdentity(
  payload: string | undefined,
  signature: string | undefined,
  secret: string,
  now: Date = new Date(),
): Identity {
  if (!payload || !signature) throw new IdentityRejected('missing identity signature');
  const expected = hmac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new IdentityRejected('identity signature does not match');
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new IdentityRejected('identity payload is not JSON');
  }
  const parsed = signedPayloadSchema.safeParse(decoded);
  if (!parsed.success) throw new IdentityRejected('identity payload has the wrong shape');
  const age = Math.floor(now.getTime() / 1000) - parsed.data.iat;
  if (age > MAX_AGE_SECONDS || age < -CLOCK_SKEW_SECONDS) {
    throw new IdentityRejected('identity signature expired');
  }
  const { iat: _iat, ...identity } = parsed.data;
  return identity;
}
