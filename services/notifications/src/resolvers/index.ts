import { DateTimeScalar } from '@dvc/service-kit';
import { Dossier } from './dossier';
import { Mutation } from './mutation';
import { Notification } from './notification';
import { PostalShipment } from './postal-shipment';
import { DeadLetter, NotificationQueue, Query } from './query';

export const resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Dossier,
  Notification,
  PostalShipment,
  NotificationQueue,
  DeadLetter,
};
