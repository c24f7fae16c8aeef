import { z } from 'zod';

/**
 * Who may do what (ARCHITECTURE.md, "Identity and access"). `ANONYMOUS` is a real role: anyone may read the
 * catalogue and track one dossier with its code and the applicant's ID number. `SERVICE` is one of our services
 * calling another directly (notifications asking dossiers for a phone number); only the signing secret can make
 * it, never a user's token.
 */
export const ROLES = ['ANONYMOUS', 'CITIZEN', 'VOLUNTEER', 'OFFICER', 'LEADER', 'ADMIN', 'SERVICE'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a user's token may carry. */
export const USER_ROLES = ['CITIZEN', 'VOLUNTEER', 'OFFICER', 'LEADER', 'ADMIN'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const identitySchema = z.object({
  /** Subject of the token (a citizen's account id, an officer's staff id); null when anonymous. */
  sub: z.string().min(1).nullable(),
  role: z.enum(ROLES),
  /** The unit a VOLUNTEER, OFFICER or LEADER works for (GSO code); null for citizens and anonymous callers. */
  unitCode: z.string().min(1).nullable(),
  name: z.string().nullable(),
});
export type Identity = z.infer<typeof identitySchema>;

export const anonymousIdentity: Identity = { sub: null, role: 'ANONYMOUS', unitCode: null, name: null };
