import { GraphQLError } from 'graphql';

/** The stable codes clients may rely on (ARCHITECTURE.md, "Bad input and failure"). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNAVAILABLE',
  'UNIT_UNAVAILABLE',
  /** The unit's dossiers are being copied to another instance: writes wait, reads are served. */
  'UNIT_MOVING',
  /** The unit is served by another instance now; a retry through the gateway reaches it. */
  'UNIT_MOVED',
  /** Too many wrong answers (tracking a dossier): refused until `retryAfter`. */
  'TOO_MANY_ATTEMPTS',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * An error meant for the person who made the request: Vietnamese first, English beside it, and a stable code.
 * Everything else that escapes a resolver is treated as internal and masked.
 */
export function userError(
  code: ErrorCode,
  vietnamese: string,
  english: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(`${vietnamese} / ${english}`, {
    extensions: { code, messageVi: vietnamese, messageEn: english, ...details },
  });
}

export function isUserError(error: unknown): error is GraphQLError {
  return (
    error instanceof GraphQLError &&
    (ERROR_CODES as readonly unknown[]).includes(error.extensions?.code) &&
    typeof error.extensions?.messageVi === 'string'
  );
}
