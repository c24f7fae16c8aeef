import { ERROR_CODES, type Logger } from '@dvc/service-kit';
import type { GraphQLFormattedError } from 'graphql';
import { LIMIT_MESSAGES, QUERY_TOO_COMPLEX } from './query-limits';

/** Codes whose message was written for the client, by a subgraph (`userError`) or by GraphQL itself. */
const CLIENT_CODES = new Set<string>([
  ...ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);
/** Extensions a client may see; anything else (stack traces, SQL, URLs a subgraph leaked) is dropped. */
// `instance` is the registry's name of a dossiers instance ("lai-vung"), never its address.
const SAFE_EXTENSIONS = [
  'code',
  'messageVi',
  'messageEn',
  'service',
  'serviceName',
  'unit',
  'instance',
  // Names a person can act on: the form fields to correct, the documents still to attach.
  'fields',
  'missingDocuments',
  // When a refused attempt may be made again (TOO_MANY_ATTEMPTS).
  'retryAfter',
];

const LIMIT_REJECTIONS = new Set(Object.values(LIMIT_MESSAGES));

/**
 * The last word on what a client sees of an error. Errors meant for the client keep their message and code;
 * limit rejections get their own code; everything else is logged in full and masked.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    const limitMessage = formatted.message.replace(/^Syntax Error: /, '');
    if (LIMIT_REJECTIONS.has(limitMessage)) {
      return { message: limitMessage, extensions: { code: QUERY_TOO_COMPLEX } };
    }
    if (CLIENT_CODES.has(code)) {
      const extensions = Object.fromEntries(
        SAFE_EXTENSIONS.filter((key) => formatted.extensions?.[key] !== undefined).map((key) => [
          key,
          formatted.extensions?.[key],
        ]),
      );
      return { message: formatted.message, ...(formatted.path ? { path: formatted.path } : {}), extensions };
    }
    logger.error({ error: formatted }, 'masked an internal error');
    return {
      message: 'Lỗi hệ thống, vui lòng thử lại sau / Internal error, please try again later',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        ...(formatted.extensions?.serviceName ? { serviceName: formatted.extensions.serviceName } : {}),
      },
    };
  };
}
