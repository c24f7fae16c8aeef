import type { Job } from 'bullmq';
import type { QueueName } from '../queues/definitions';
import type { ProcessorDeps } from './deps';
import { postal } from './postal';
import { sendMessage } from './send-message';

export type Processor = (deps: ProcessorDeps, job: Job) => Promise<void>;

/** The three message queues send a message each job; the postal queue books shipments and announces their steps. */
export const PROCESSOR_OF: Record<QueueName, Processor> = {
  sms: sendMessage,
  email: sendMessage,
  zalo: sendMessage,
  postal,
};
