import { anonymousIdentity, type Identity, USER_ROLES } from '@dvc/identity';
import { createRemoteJWKSet, decodeProtectedHeader, errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { z } from 'zod';
import { DEVELOPMENT_JWT_ISSUER, DEVELOPMENT_JWT_SECRET, type GatewayConfig } from './config';

const claimsSchema = z.object({
  sub: z.string().min(1),
  role: z.enum(USER_ROLES),
  unit: z.string().min(1).optional(),
  name: z.string().optional(),
});

export class InvalidToken extends Error {}

/**
 * Verifies the bearer token with an explicit algorithm list, issuer and audience (never what the token header
 * claims), and turns its claims into the identity the subgraphs receive. No token means an anonymous caller.
 */
export function createAuthenticator(config: GatewayConfig) {
  const key: Uint8Array | JWTVerifyGetKey = config.JWT_JWKS_URL
    ? createRemoteJWKSet(new URL(config.JWT_JWKS_URL))
    : new TextEncoder().encode(config.jwtSecret);
  const algorithms = config.JWT_JWKS_URL ? config.JWT_ALGORITHMS : ['HS256'];
  // Development with the local identity provider (JWKS): `npm run token` tokens keep working beside its own, so
  // that the README's examples work against `npm start`. Never in production.
  const developmentKey =
    config.development && config.JWT_JWKS_URL
      ? new TextEncoder().encode(config.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET)
      : null;

  return async function authenticate(authorization: string | undefined): Promise<Identity> {
    if (!authorization) return anonymousIdentity;
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new InvalidToken('expected "Bearer <token>"');
    try {
      const minted = developmentKey !== null && decodeProtectedHeader(token).alg === 'HS256';
      const { payload } = minted
        ? await jwtVerify(token, developmentKey, {
            algorithms: ['HS256'],
            issuer: DEVELOPMENT_JWT_ISSUER,
            audience: config.JWT_AUDIENCE,
          })
        : await jwtVerify(token, key as Uint8Array, {
            algorithms,
            issuer: config.JWT_ISSUER,
            audience: config.JWT_AUDIENCE,
          });
      const claims = claimsSchema.parse(payload);
      if (claims.role !== 'CITIZEN' && claims.role !== 'ADMIN' && !claims.unit) {
        throw new InvalidToken(`role ${claims.role} requires a unit claim`);
      }
      return { sub: claims.sub, role: claims.role, unitCode: claims.unit ?? null, name: claims.name ?? null };
    } catch (error) {
      if (error instanceof InvalidToken) throw error;
      if (error instanceof errors.JOSEError || error instanceof z.ZodError)
        throw new InvalidToken(error.message);
      throw error;
    }
  };
}
