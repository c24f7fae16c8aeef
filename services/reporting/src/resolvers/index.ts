import { DateScalar, DateTimeScalar } from '@dvc/service-kit';
import { AdministrativeUnit } from './administrative-unit';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers = { Date: DateScalar, DateTime: DateTimeScalar, AdministrativeUnit, Query, Mutation };
