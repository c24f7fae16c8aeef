import { DateScalar, DateTimeScalar } from '@dvc/service-kit';
import { AdministrativeUnit } from './administrative-unit';
import { Form } from './form';
import { Mutation } from './mutation';
import { OnlineApproval } from './online-approval';
import { Procedure } from './procedure';
import { Query } from './query';

export const resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  AdministrativeUnit,
  Procedure,
  Form,
  OnlineApproval,
};
