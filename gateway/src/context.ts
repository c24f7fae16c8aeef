import type { Identity } from '@dvc/identity';
import type { Logger } from '@dvc/service-kit';

export type GatewayContext = { identity: Identity; requestId: string; logger: Logger };
