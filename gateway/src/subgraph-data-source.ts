import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { REQUEST_ID_HEADER, signIdentity } from '@dvc/identity';
import { CLIENT_ADDRESS_HEADER, type Logger } from '@dvc/service-kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';

/**
 * Calls one subgraph: signs the caller's identity onto the request, cuts the call off after `timeoutMs`, and
 * turns a refused, failed or timed-out call into an `UNAVAILABLE` error that names the service. The detail (URL,
 * socket error) goes to the log only.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly options: {
      name: string;
      url: string;
      identitySecret: string;
      timeoutMs: number;
      logger: Logger;
    },
  ) {
    super({
      url: options.url,
      fetcher: ((input: string, init: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(options.timeoutMs) })) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!context.identity) return;
    for (const [name, value] of Object.entries(signIdentity(context.identity, this.options.identitySecret))) {
      request.http?.headers.set(name, value);
    }
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.clientAddress) request.http?.headers.set(CLIENT_ADDRESS_HEADER, context.clientAddress);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const timedOut =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      options.context?.logger?.error(
        { err: error, service: this.options.name, timedOut },
        timedOut ? 'subgraph call timed out' : 'subgraph call failed',
      );
      return {
        errors: [
          new GraphQLError(
            `Dịch vụ ${this.options.name} tạm thời không phản hồi / The ${this.options.name} service is not responding`,
            { extensions: { code: 'UNAVAILABLE', service: this.options.name } },
          ),
        ],
      };
    }
  }
}
