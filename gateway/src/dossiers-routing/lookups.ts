import type { GraphQLFormattedError } from 'graphql';
import { type Answer, isUnitUnavailable } from './ask';
import type { Lookup } from './declarations';
import { selectionsOf } from './operation';

/**
 * Lookups by a key that names no unit (`@askEveryInstance` in the dossiers schema): every instance is asked, and
 * the one that knows the key answers. The answer says it does not know the key only when every instance said so;
 * when some instance did not answer and none knew the key, it is null with their UNIT_UNAVAILABLE errors.
 */

/** A private alias for the field that says whether the key was found, added to the request and stripped after. */
const FOUND = 'dvcRoutingFound';

export const foundSelection = (lookup: Lookup) => selectionsOf(`${FOUND}: ${lookup.notFoundWhen}`);

export function chooseAnswer(
  lookup: Lookup,
  name: string,
  answers: readonly Answer[],
): { data: Record<string, unknown>; errors: GraphQLFormattedError[] } {
  const found = (answer: Answer) =>
    (answer.data?.[name] as Record<string, unknown> | null | undefined)?.[FOUND];
  const known = answers.find((answer) => found(answer) != null && found(answer) !== lookup.is);
  const down = answers.flatMap((answer) => answer.errors.filter(isUnitUnavailable));
  const chosen = known ?? (down.length > 0 ? null : answers[0]);
  if (!chosen) return { data: { [name]: null }, errors: down };
  const value = chosen.data?.[name] as Record<string, unknown> | null | undefined;
  const { [FOUND]: _, ...rest } = value ?? {};
  return { data: { [name]: value == null ? null : rest }, errors: chosen.errors };
}
