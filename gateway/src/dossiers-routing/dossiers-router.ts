import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { DossiersInstance, DossiersRegistry } from '@dvc/contracts';
import {
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLFormattedError,
  parse,
  print,
} from 'graphql';
import type { GatewayContext } from '../context';
import {
  argumentValues,
  operationOf,
  pickVariables,
  responseName,
  restrictToFields,
  rootFields,
} from './operation';

type Target = { instance: DossiersInstance; units: Set<string> };
type Send = (
  instance: DossiersInstance,
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
) => Promise<GatewayGraphQLResponse>;

type Representation = { __typename?: string; code?: string };

/**
 * An ID argument as a string. The gateway prints an ID literal of digits (`unitCode: "30226"` in the client's
 * query) as an integer literal (`unitCode:30226`) in the operation it sends the subgraph.
 */
function idValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return null;
}

/**
 * The dossiers subgraph as the gateway sees it when several instances serve different units: each root field goes
 * to the instance that owns the unit or dossier it names, entity batches are split by owner and put back in order,
 * and an instance that does not answer costs only its own fields, each with a `UNIT_UNAVAILABLE` error naming the
 * unit.
 */
export class DossiersRouter implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly registry: DossiersRegistry,
    private readonly send: Send,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (this.registry.isSingle())
      return this.sendTo(this.registry.instances()[0] as DossiersInstance, options);
    const document =
      options.kind === 'incoming operation' && options.document
        ? options.document
        : parse(options.request.query as string);
    const variables = options.request.variables ?? {};
    const fields = rootFields(operationOf(document));
    if (!fields) return this.sendTo(this.registry.forUnit(''), options);
    if (fields.length === 1 && fields[0]?.name.value === '_entities') {
      return this.processEntities(options, variables);
    }
    const targets = new Map<string, Target & { fields: FieldNode[] }>();
    for (const field of fields) {
      const { instance, unit } = this.ownerOfRootField(field, variables);
      const target = targets.get(instance.name) ?? { instance, units: new Set<string>(), fields: [] };
      target.fields.push(field);
      if (unit) target.units.add(unit);
      targets.set(instance.name, target);
    }
    if (targets.size === 1) {
      const target = [...targets.values()][0] as Target;
      const response = await this.sendTo(target.instance, options);
      return this.unavailable(
        response,
        target,
        fields.map((field) => [responseName(field)]),
      );
    }
    const parts = await Promise.all(
      [...targets.values()].map(async (target) => {
        const restricted = restrictToFields(document, target.fields);
        const response = await this.sendTo(target.instance, this.withRequest(options, restricted, variables));
        return this.unavailable(
          response,
          target,
          target.fields.map((field) => [responseName(field)]),
        );
      }),
    );
    const data: Record<string, unknown> = {};
    const errors: GraphQLFormattedError[] = [];
    for (const part of parts) {
      Object.assign(data, part.data ?? {});
      errors.push(...(part.errors ?? []));
    }
    return { data, ...(errors.length > 0 ? { errors } : {}) };
  }

  /** The unit a root field names: a dossier code (its agency), a unit code, or a submission's unit. */
  private ownerOfRootField(
    field: FieldNode,
    variables: Record<string, unknown>,
  ): { instance: DossiersInstance; unit: string | null } {
    const args = argumentValues(field, variables);
    const input = (args.input ?? {}) as Record<string, unknown>;
    const unitCode = idValue(args.unitCode ?? input.unitCode);
    if (unitCode) return { instance: this.registry.forUnit(unitCode), unit: unitCode };
    if (typeof args.code === 'string') {
      const instance = this.registry.forDossierCode(args.code);
      return { instance, unit: instance.units.join(', ') || null };
    }
    return { instance: this.registry.forUnit(''), unit: null };
  }

  private async processEntities(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    variables: Record<string, unknown>,
  ): Promise<GatewayGraphQLResponse> {
    const representations = (variables.representations ?? []) as Representation[];
    const targets = new Map<string, Target & { indexes: number[] }>();
    representations.forEach((representation, index) => {
      const code = representation.code ?? '';
      const isUnit = representation.__typename === 'AdministrativeUnit';
      const instance = isUnit ? this.registry.forUnit(code) : this.registry.forDossierCode(code);
      const target = targets.get(instance.name) ?? { instance, units: new Set<string>(), indexes: [] };
      target.indexes.push(index);
      target.units.add(isUnit ? code : instance.units.join(', ') || code);
      targets.set(instance.name, target);
    });
    const entities: unknown[] = representations.map(() => null);
    const errors: GraphQLFormattedError[] = [];
    await Promise.all(
      [...targets.values()].map(async (target) => {
        const part = target.indexes.map((index) => representations[index]);
        const request = parse(options.request.query as string);
        const response = await this.sendTo(
          target.instance,
          this.withRequest(options, request, { ...variables, representations: part }),
        );
        const checked = this.unavailable(
          response,
          target,
          target.indexes.map((index) => ['_entities', index]),
        );
        const answered = ((checked.data as { _entities?: unknown[] } | null)?._entities ?? []) as unknown[];
        target.indexes.forEach((original, position) => {
          entities[original] = answered[position] ?? null;
        });
        for (const error of checked.errors ?? []) {
          const [head, position, ...rest] = error.path ?? [];
          const mapped =
            head === '_entities' && typeof position === 'number'
              ? ['_entities', target.indexes[position] as number, ...rest]
              : error.path;
          errors.push({ ...error, ...(mapped ? { path: mapped } : {}) });
        }
      }),
    );
    return { data: { _entities: entities }, ...(errors.length > 0 ? { errors } : {}) };
  }

  /**
   * An instance that did not answer at all (the data source turned a refused or timed-out call into UNAVAILABLE
   * with no data) becomes one UNIT_UNAVAILABLE error per field it owned, naming its units.
   */
  private unavailable(
    response: GatewayGraphQLResponse,
    target: Target,
    paths: Array<Array<string | number>>,
  ): GatewayGraphQLResponse {
    const down =
      response.data == null && response.errors?.some((error) => error.extensions?.code === 'UNAVAILABLE');
    if (!down) return response;
    const units = [...target.units].join(', ') || target.instance.name;
    return {
      data: null,
      errors: paths.map(
        (path) =>
          new GraphQLError(
            `Dịch vụ hồ sơ của đơn vị ${units} tạm thời không phản hồi / The dossiers service of unit ${units} is not responding`,
            { path, extensions: { code: 'UNIT_UNAVAILABLE', unit: units, service: 'dossiers' } },
          ),
      ),
    };
  }

  private withRequest(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    document: DocumentNode,
    variables: Record<string, unknown>,
  ): GraphQLDataSourceProcessOptions<GatewayContext> {
    return {
      ...options,
      ...(options.kind === 'incoming operation' ? { document } : {}),
      request: {
        ...options.request,
        query: print(document),
        variables: pickVariables(document, variables),
        http: undefined,
      },
    } as GraphQLDataSourceProcessOptions<GatewayContext>;
  }

  private sendTo(instance: DossiersInstance, options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // Each call gets a request object of its own: the data source writes its headers into it.
    return this.send(instance, {
      ...options,
      request: { ...options.request, http: undefined },
    } as GraphQLDataSourceProcessOptions<GatewayContext>);
  }
}
