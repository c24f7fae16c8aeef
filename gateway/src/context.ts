import type { Identity } from '@dvc/identity';
import type { Logger } from '@dvc/service-kit';

export type GatewayContext = {
  identity: Identity;
  requestId: string;
  logger: Logger;
  /** The caller's address, forwarded to the subgraphs for their limits per client. */
  clientAddress?: string | null;
};
