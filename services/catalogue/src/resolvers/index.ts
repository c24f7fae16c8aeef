import { DateScalar, DateTimeScalar } from '@dvc/service-kit';
import { AdministrativeUnit } from './administrative-unit';
import { Form } from './form';
import { OnlineApproval } from './online-approval';
import { Procedure } from './procedure';
import { Query } from './query';

export const resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  AdministrativeUnit,
  Procedure,
  Form,
  OnlineApproval,
};
