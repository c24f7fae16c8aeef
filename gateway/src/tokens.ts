import type { UserRole } from '@dvc/identity';
import { SignJWT } from 'jose';

/** Mints a development token of the shape the gateway verifies (HS256, issuer, audience, role, unit). */
export async function mintDevelopmentToken(options: {
  secret: string;
  issuer: string;
  audience: string;
  role: UserRole;
  sub: string;
  unit?: string;
  name?: string;
  expiresIn?: string;
}): Promise<string> {
  return new SignJWT({
    role: options.role,
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.name ? { name: options.name } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.sub)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(options.secret));
}
