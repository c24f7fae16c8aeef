import { DateTimeScalar } from '@dvc/service-kit';
import { Dossier, DossierContact, DossierTracking } from './dossier';
import { Mutation } from './mutation';
import { DocumentVerification, Payment } from './payment';
import { AdministrativeUnit, Query } from './query';

export const resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Dossier,
  DossierTracking,
  DossierContact,
  AdministrativeUnit,
  Payment,
  DocumentVerification,
};
