import { DateScalar } from '@dvc/service-kit';
import { AdministrativeUnit, Report06a } from './administrative-unit';

export const resolvers = { Date: DateScalar, AdministrativeUnit, Report06a };
