import { DateScalar, DateTimeScalar } from '@dvc/service-kit';
import { AdministrativeUnit } from './administrative-unit';
import { Mutation } from './mutation';
import { Query } from './query';
import { Report06a, ReportUnit } from './report';

export const resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  AdministrativeUnit,
  Report06a,
  ReportUnit,
  Query,
  Mutation,
};
