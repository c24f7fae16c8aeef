export { booleanFromEnv, ConfigError, loadConfig, nodeEnv, portFromEnv, subgraphEnv } from './config';
export { ERROR_CODES, type ErrorCode, isUserError, userError } from './errors';
export { type Listening, listen } from './listen';
export { createLogger, type Logger } from './logger';
export { runMain } from './main';
export { clampPageSize, decodeCursor, encodeCursor } from './pagination';
export { startPeriodicTask } from './periodic';
export { addDays, DateScalar, DateTimeScalar, todayInVietnam } from './scalars';
export { loadSchemaFile } from './schema-file';
export { onShutdown } from './shutdown';
export {
  CLIENT_ADDRESS_HEADER,
  createSubgraphServer,
  type RequestContextBase,
  type SubgraphServer,
} from './subgraph-server';
