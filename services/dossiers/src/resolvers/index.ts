import { DateTimeScalar } from '@dvc/service-kit';
import { AdministrativeUnit } from './administrative-unit';
import { Dossier } from './dossier';
import { Query } from './query';

export const resolvers = { DateTime: DateTimeScalar, Query, Dossier, AdministrativeUnit };
