import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { DossiersInstance } from '@dvc/contracts';
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, print } from 'graphql';
import type { GatewayContext } from '../context';
import { type Path, pickVariables, type Variables } from './operation';

/** An instance asked part of an operation, and the units it is asked for: what its errors name when it is down. */
export type Target = { instance: DossiersInstance; units: Set<string> };

export type Answer = { data: Record<string, unknown> | null; errors: GraphQLFormattedError[] };

/**
 * Sends a document to one instance. When the instance does not answer at all, the answer is one UNIT_UNAVAILABLE
 * error at each of `paths` (where its fields stand in the client's answer), naming its units.
 */
export type Ask = (
  target: Target,
  document: DocumentNode,
  variables: Variables,
  paths: Path[],
) => Promise<Answer>;

type Options = GraphQLDataSourceProcessOptions<GatewayContext>;

export type Send = (instance: DossiersInstance, options: Options) => Promise<GatewayGraphQLResponse>;

/** The request sent whole to one instance. */
export function forward(send: Send, instance: DossiersInstance, options: Options) {
  // Each call gets a request object of its own: the data source writes its headers into it.
  return send(instance, { ...options, request: { ...options.request, http: undefined } } as Options);
}

/** How the parts of one incoming subgraph request are sent: with its context and headers, each on its own. */
export function askerFor(send: Send, options: Options): Ask {
  return async (target, document, variables, paths) => {
    const response = await forward(send, target.instance, {
      ...options,
      ...(options.kind === 'incoming operation' ? { document } : {}),
      request: { ...options.request, query: print(document), variables: pickVariables(document, variables) },
    } as Options);
    if (isDown(response)) return { data: null, errors: paths.map((path) => unitUnavailable(target, path)) };
    return {
      data: (response.data as Record<string, unknown> | null | undefined) ?? null,
      errors: [...(response.errors ?? [])],
    };
  };
}

/**
 * Only the data source's own error (a refused or timed-out call, with no data) says the call failed; an instance
 * may answer UNAVAILABLE for a reason of its own (the payment platform not configured), which is its answer to
 * pass on.
 */
function isDown(response: GatewayGraphQLResponse): boolean {
  return (
    response.data == null &&
    (response.errors ?? []).some(
      (error) =>
        error.extensions?.code === 'UNAVAILABLE' && error.extensions?.service === 'dossiers' && !error.path,
    )
  );
}

function unitUnavailable(target: Target, path: Path): GraphQLFormattedError {
  const units = [...target.units].join(', ') || target.instance.name;
  return new GraphQLError(
    `Dịch vụ hồ sơ của đơn vị ${units} tạm thời không phản hồi / The dossiers service of unit ${units} is not responding`,
    {
      path,
      extensions: {
        code: 'UNIT_UNAVAILABLE',
        unit: units,
        instance: target.instance.name,
        service: 'dossiers',
      },
    },
  ).toJSON();
}

export const isUnitUnavailable = (error: GraphQLFormattedError) =>
  error.extensions?.code === 'UNIT_UNAVAILABLE';
