import { describe, expect, it } from 'vitest';
import {
  IDENTITY_HEADER,
  IDENTITY_SIGNATURE_HEADER,
  type Identity,
  IdentityRejected,
  signIdentity,
  verifyIdentity,
} from '../src';

const officer: Identity = { sub: 'officer-1', role: 'OFFICER', unitCode: '30208', name: 'Nguyễn Văn A' };
const secret = 'a-secret-of-at-least-32-characters-long';

function verify(headers: Record<string, string>, key = secret, now = new Date()) {
  return verifyIdentity(headers[IDENTITY_HEADER], headers[IDENTITY_SIGNATURE_HEADER], key, now);
}

describe('signed identity header', () => {
  it('round-trips the identity the gateway signed', () => {
    expect(verify(signIdentity(officer, secret))).toEqual(officer);
  });

  it('refuses a missing signature', () => {
    const headers = signIdentity(officer, secret);
    expect(() => verifyIdentity(headers[IDENTITY_HEADER], undefined, secret)).toThrow(IdentityRejected);
  });

  it('refuses a payload changed after signing', () => {
    const headers = signIdentity(officer, secret);
    const forged = Buffer.from(
      JSON.stringify({ ...officer, role: 'ADMIN', iat: Math.floor(Date.now() / 1000) }),
    ).toString('base64url');
    expect(() => verify({ ...headers, [IDENTITY_HEADER]: forged })).toThrow(/does not match/);
  });

  it('refuses a signature made with another secret', () => {
    expect(() => verify(signIdentity(officer, 'another-secret-of-at-least-32-chars'))).toThrow(
      IdentityRejected,
    );
  });

  it('refuses a signature older than five minutes', () => {
    const signedAt = new Date('2026-01-01T00:00:00Z');
    const headers = signIdentity(officer, secret, signedAt);
    expect(() => verify(headers, secret, new Date('2026-01-01T00:06:00Z'))).toThrow(/expired/);
    expect(verify(headers, secret, new Date('2026-01-01T00:04:00Z'))).toEqual(officer);
  });
});
