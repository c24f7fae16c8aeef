import { type Job, UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import { ANNOUNCED_POSTAL_STATUSES } from '../data/shipments';

/** Payloads carry ids only: Redis keeps them in plain text, the delivery log keeps the rest. */
export const messageJob = z.object({ notificationId: z.uuid() });

export const postalJob = z.discriminatedUnion('action', [
  z.object({ action: z.literal('book'), shipmentId: z.uuid() }),
  z.object({
    action: z.literal('notify'),
    shipmentId: z.uuid(),
    status: z.enum(ANNOUNCED_POSTAL_STATUSES),
  }),
]);
export type PostalJob = z.infer<typeof postalJob>;

export function parsePayload<T>(schema: z.ZodType<T>, job: Job): T {
  const parsed = schema.safeParse(job.data);
  // A malformed payload will be as malformed on the next attempt.
  if (!parsed.success)
    throw new UnrecoverableError(`job ${job.id} has a bad payload: ${parsed.error.message}`);
  return parsed.data;
}
