import { DateTimeScalar } from '@dvc/service-kit';
import { assertBoundedArguments } from '../rules/text';
import { Dossier, DossierContact, DossierTracking } from './dossier';
import { Mutation } from './mutation';
import { DocumentVerification, Payment } from './payment';
import { AdministrativeUnit, Query } from './query';

// biome-ignore lint/suspicious/noExplicitAny: wraps resolvers of every signature alike
type Resolver = (parent: any, args: any, ctx: any, info: any) => unknown;

/** Every field taking arguments has them bounded before its resolver, and so before any rule or pattern, runs. */
function bounded<T extends Record<string, Resolver>>(fields: T): T {
  return Object.fromEntries(
    Object.entries(fields).map(([name, resolve]) => [
      name,
      (parent: unknown, args: Record<string, unknown>, ctx: unknown, info: unknown) => {
        assertBoundedArguments(args);
        return resolve(parent, args, ctx, info);
      },
    ]),
  ) as T;
}

export const resolvers = {
  DateTime: DateTimeScalar,
  Query: bounded(Query),
  Mutation: bounded(Mutation),
  Dossier,
  DossierTracking,
  DossierContact,
  AdministrativeUnit: bounded(AdministrativeUnit),
  Payment,
  DocumentVerification,
};
