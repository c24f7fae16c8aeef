import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { DossiersInstance, DossiersRegistry } from '@dvc/contracts';
import {
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLFormattedError,
  Kind,
  parse,
  print,
  visit,
} from 'graphql';
import type { GatewayContext } from '../context';
import {
  fragmentsOf,
  type InstancePage,
  includesSubunits,
  type ListOrder,
  listOrderOf,
  mergePages,
  withPageKeys,
} from './lists';
import {
  argumentValues,
  idOf,
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

/** A unit's path up the hierarchy (the unit first), or null when it cannot be known now. */
export type PathOf = (unitCode: string) => Promise<readonly string[] | null>;

type Answer = { data: Record<string, unknown> | null; errors: GraphQLFormattedError[] };
const answerOf = (response: GatewayGraphQLResponse): Answer => ({
  data: (response.data as Record<string, unknown> | null | undefined) ?? null,
  errors: [...(response.errors ?? [])],
});

/**
 * The dossiers subgraph as the gateway sees it when several instances serve different units: each root field goes
 * to the instance that owns the unit or dossier it names, entity batches are split by owner and put back in order,
 * and an instance that does not answer costs only its own fields, each with a `UNIT_UNAVAILABLE` error naming the
 * unit. Lists that span instances (see lists.ts) go to every instance concerned and come back merged; when one
 * of them does not answer, the list is null with a `UNIT_UNAVAILABLE` error naming it rather than silently short.
 */
export class DossiersRouter implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly registry: DossiersRegistry,
    private readonly send: Send,
    /** Without it every instance is concerned by every unit's list: complete, at the cost of asking more. */
    private readonly pathOf: PathOf = async () => null,
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
    const lists = fields.filter((field) => listOrderOf(field, variables) !== null);
    const lookups = fields.filter((field) => field.name.value === 'verifyDocument');
    const targets = new Map<string, Target & { fields: FieldNode[] }>();
    for (const field of fields) {
      if (lists.includes(field) || lookups.includes(field)) continue;
      const { instance, unit } = this.ownerOfRootField(
        field,
        variables,
        options.context?.identity?.unitCode ?? null,
      );
      const target = targets.get(instance.name) ?? { instance, units: new Set<string>(), fields: [] };
      target.fields.push(field);
      if (unit) target.units.add(unit);
      targets.set(instance.name, target);
    }
    if (targets.size === 1 && lists.length === 0 && lookups.length === 0) {
      const target = [...targets.values()][0] as Target;
      const response = await this.sendTo(target.instance, options);
      return this.unavailable(
        response,
        target,
        fields.map((field) => [responseName(field)]),
      );
    }
    const parts = await Promise.all([
      ...[...targets.values()].map(async (target) => {
        const restricted = restrictToFields(document, target.fields);
        const response = await this.sendTo(target.instance, this.withRequest(options, restricted, variables));
        return this.unavailable(
          response,
          target,
          target.fields.map((field) => [responseName(field)]),
        );
      }),
      ...lists.map((field) => this.fanOut(field, document, options, variables)),
      ...lookups.map((field) => this.findDocument(field, document, options, variables)),
    ]);
    const data: Record<string, unknown> = {};
    const errors: GraphQLFormattedError[] = [];
    for (const part of parts) {
      Object.assign(data, part.data ?? {});
      errors.push(...(part.errors ?? []));
    }
    return { data, ...(errors.length > 0 ? { errors } : {}) };
  }

  /**
   * A verification code says nothing of the unit that issued it: every instance is asked, and the one that knows
   * the code answers. UNKNOWN only when every instance answered that it does not know it.
   */
  private async findDocument(
    field: FieldNode,
    document: DocumentNode,
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    variables: Record<string, unknown>,
  ): Promise<GatewayGraphQLResponse> {
    const name = responseName(field);
    const request = restrictToFields(document, [withStatus(field)]);
    const answers = await Promise.all(
      this.registry.instances().map(async (instance) => {
        const response = await this.sendTo(instance, this.withRequest(options, request, variables));
        return answerOf(this.unavailable(response, { instance, units: new Set(instance.units) }, [[name]]));
      }),
    );
    const statusOf = (answer: Answer) =>
      (answer.data?.[name] as Record<string, unknown> | null | undefined)?.[STATUS] ?? null;
    const known = answers.find((answer) => statusOf(answer) !== null && statusOf(answer) !== 'UNKNOWN');
    const down = answers.flatMap((answer) =>
      answer.errors.filter((error) => error.extensions?.code === 'UNIT_UNAVAILABLE'),
    );
    const chosen = known ?? (down.length > 0 ? null : (answers[0] as Answer));
    if (!chosen) return { data: { [name]: null }, errors: down };
    const { [STATUS]: _, ...value } = (chosen.data?.[name] ?? {}) as Record<string, unknown>;
    return {
      data: { [name]: chosen.data?.[name] == null ? null : value },
      ...(chosen.errors.length > 0 ? { errors: chosen.errors } : {}),
    };
  }

  /** The instances that may hold dossiers of a list: all for a citizen's own, those at or below the unit else. */
  private async concerned(order: ListOrder): Promise<DossiersInstance[]> {
    const all = [...this.registry.instances()];
    if (order.kind === 'own') return all;
    const concerned = await Promise.all(
      all.map(async (instance) => {
        // The default instance serves every unit not listed, so it may hold any unit's subunits.
        if (instance.units.length === 0) return true;
        const paths = await Promise.all(instance.units.map((unit) => this.pathOf(unit)));
        return paths.some((path) => path === null || path.includes(order.unitCode));
      }),
    );
    return all.filter((_, index) => concerned[index]);
  }

  /** Who an unavailable instance is, for its error: its units, or the unit asked about on the default one. */
  private targetOf(instance: DossiersInstance, order: ListOrder): Target {
    const units = instance.units.length > 0 ? instance.units : order.kind === 'queue' ? [order.unitCode] : [];
    return { instance, units: new Set(units) };
  }

  /**
   * The instances' pages of one list, merged; null with one error per unavailable instance when any is down, or
   * with the first instance's errors when it refused (all instances judge access alike).
   */
  private mergeAnswers(
    field: FieldNode,
    document: DocumentNode,
    variables: Record<string, unknown>,
    order: ListOrder,
    pages: Array<{ page: unknown; errors: GraphQLFormattedError[] }>,
    path: Array<string | number>,
  ): { page: Record<string, unknown> | null; errors: GraphQLFormattedError[] } {
    const unavailable = pages.flatMap(({ errors }) =>
      errors.filter((error) => error.extensions?.code === 'UNIT_UNAVAILABLE'),
    );
    if (unavailable.length > 0) return { page: null, errors: unavailable };
    const refused = pages.find(({ page }) => page == null);
    if (refused) return { page: null, errors: refused.errors };
    return mergePages(field, fragmentsOf(document), variables, order, pages as InstancePage[], path);
  }

  private async fanOut(
    field: FieldNode,
    document: DocumentNode,
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    variables: Record<string, unknown>,
  ): Promise<GatewayGraphQLResponse> {
    const order = listOrderOf(field, variables) as ListOrder;
    const name = responseName(field);
    const request = restrictToFields(document, [withPageKeys(field)]);
    const pages = await Promise.all(
      (await this.concerned(order)).map(async (instance) => {
        const response = await this.sendTo(instance, this.withRequest(options, request, variables));
        const answer = answerOf(this.unavailable(response, this.targetOf(instance, order), [[name]]));
        return { page: answer.data?.[name], errors: answer.errors };
      }),
    );
    const merged = this.mergeAnswers(field, document, variables, order, pages, [name]);
    return { data: { [name]: merged.page }, ...(merged.errors.length > 0 ? { errors: merged.errors } : {}) };
  }

  /**
   * The unit a root field names: a unit code, a submission's unit, a dossier code (its agency) or a payment's
   * reference (the dossier code and the attempt). A field naming none goes to the caller's unit (an officer
   * revoking a document of their own unit), else to the default instance.
   */
  private ownerOfRootField(
    field: FieldNode,
    variables: Record<string, unknown>,
    callerUnit: string | null,
  ): { instance: DossiersInstance; unit: string | null } {
    const args = argumentValues(field, variables);
    const input = (args.input ?? {}) as Record<string, unknown>;
    const unitCode = idOf(args.unitCode ?? input.unitCode);
    if (unitCode !== null) return { instance: this.registry.forUnit(unitCode), unit: unitCode };
    const code = typeof input.reference === 'string' ? input.reference.replace(/-\d+$/, '') : args.code;
    if (typeof code === 'string') {
      const instance = this.registry.forDossierCode(code);
      return { instance, unit: instance.units.join(', ') || null };
    }
    return { instance: this.registry.forUnit(callerUnit ?? ''), unit: callerUnit };
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
    const document = parse(options.request.query as string);
    const lists = unitListsOf(document, variables);
    const request = lists.length > 0 ? widenLists(document, lists) : document;
    const entities: unknown[] = representations.map(() => null);
    const errors: GraphQLFormattedError[] = [];
    const parts = await Promise.all(
      [...targets.values()].map((target) =>
        this.sendEntities(options, request, variables, representations, target),
      ),
    );
    for (const part of parts) {
      for (const [index, entity] of part.entities) entities[index] = entity;
      errors.push(...part.errors);
    }
    if (lists.length > 0) {
      await this.mergeUnitLists(
        options,
        document,
        request,
        variables,
        representations,
        lists,
        entities,
        errors,
      );
    }
    return { data: { _entities: entities }, ...(errors.length > 0 ? { errors } : {}) };
  }

  /** Part of an entity batch sent to one instance; answers and error paths carry the batch's own positions. */
  private async sendEntities(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    request: DocumentNode,
    variables: Record<string, unknown>,
    representations: Representation[],
    target: Target & { indexes: number[] },
  ) {
    const part = target.indexes.map((index) => representations[index]);
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
    const entities = new Map(
      target.indexes.map((original, position) => [original, answered[position] ?? null]),
    );
    const errors = (checked.errors ?? []).map((error) => {
      const [head, position, ...rest] = error.path ?? [];
      const mapped =
        head === '_entities' && typeof position === 'number'
          ? ['_entities', target.indexes[position] as number, ...rest]
          : error.path;
      return { ...error, ...(mapped ? { path: mapped } : {}) };
    });
    return { entities, errors };
  }

  /**
   * `AdministrativeUnit.dossiers` with `includeSubunits`: the owner of each unit answered the whole batch; the
   * other instances concerned are asked for these lists only, and each unit's list becomes the merge of all.
   */
  private async mergeUnitLists(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    document: DocumentNode,
    request: DocumentNode,
    variables: Record<string, unknown>,
    representations: Representation[],
    lists: FieldNode[],
    entities: unknown[],
    errors: GraphQLFormattedError[],
  ): Promise<void> {
    const units = representations.flatMap((representation, index) =>
      representation.__typename === 'AdministrativeUnit' ? [{ index, code: representation.code ?? '' }] : [],
    );
    const others = new Map<string, Target & { indexes: number[] }>();
    for (const { index, code } of units) {
      const owner = this.registry.forUnit(code);
      for (const instance of await this.concerned({ kind: 'queue', unitCode: code })) {
        if (instance.name === owner.name) continue;
        const target = others.get(instance.name) ?? {
          ...this.targetOf(instance, { kind: 'own' }),
          indexes: [],
        };
        if (instance.units.length === 0) target.units.add(code);
        target.indexes.push(index);
        others.set(instance.name, target);
      }
    }
    const onlyLists = listsOnly(request, lists);
    const answers = await Promise.all(
      [...others.values()].map((target) =>
        this.sendEntities(options, onlyLists, variables, representations, target),
      ),
    );
    const startsWith = (path: readonly unknown[] | undefined, prefix: readonly unknown[]) =>
      !!path && prefix.every((part, position) => path[position] === part);
    for (const { index, code } of units) {
      const entity = entities[index] as Record<string, unknown> | null;
      if (!entity) continue;
      for (const field of lists) {
        const key = responseName(field);
        const path = ['_entities', index, key];
        const own = errors.filter((error) => startsWith(error.path, path));
        errors.splice(0, errors.length, ...errors.filter((error) => !own.includes(error)));
        const pages = [{ page: entity[key], errors: own }];
        for (const answer of answers) {
          if (!answer.entities.has(index)) continue;
          const other = answer.entities.get(index) as Record<string, unknown> | null;
          pages.push({
            page: other?.[key],
            errors: answer.errors
              .filter((error) => startsWith(error.path, ['_entities', index]))
              .map((error) =>
                error.extensions?.code === 'UNIT_UNAVAILABLE' && error.path?.length === 2
                  ? { ...error, path }
                  : error,
              ),
          });
        }
        const merged = this.mergeAnswers(
          field,
          document,
          variables,
          { kind: 'queue', unitCode: code },
          pages,
          path,
        );
        entity[key] = merged.page;
        errors.push(...merged.errors);
      }
    }
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
    // Only the data source's own error says the call failed; an instance may answer UNAVAILABLE for a reason of
    // its own (the payment platform not configured), which is its answer to pass on.
    const down =
      response.data == null &&
      response.errors?.some(
        (error) =>
          error.extensions?.code === 'UNAVAILABLE' && error.extensions?.service === 'dossiers' && !error.path,
      );
    if (!down) return response;
    const units = [...target.units].join(', ') || target.instance.name;
    return {
      data: null,
      errors: paths.map(
        (path) =>
          new GraphQLError(
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

/** The `dossiers` fields with `includeSubunits` that an entity batch asks of administrative units. */
function unitListsOf(document: DocumentNode, variables: Record<string, unknown>): FieldNode[] {
  const entities = rootFields(operationOf(document))?.[0];
  const fragments = fragmentsOf(document);
  return (entities?.selectionSet?.selections ?? []).flatMap((selection) => {
    const onUnit =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.typeCondition?.name.value === 'AdministrativeUnit' && selection.selectionSet
        : selection.kind === Kind.FRAGMENT_SPREAD &&
          fragments.get(selection.name.value)?.typeCondition.name.value === 'AdministrativeUnit' &&
          fragments.get(selection.name.value)?.selectionSet;
    if (!onUnit) return [];
    return onUnit.selections.filter(
      (field): field is FieldNode =>
        field.kind === Kind.FIELD && field.name.value === 'dossiers' && includesSubunits(field, variables),
    );
  });
}

function widenLists(document: DocumentNode, lists: readonly FieldNode[]): DocumentNode {
  return visit(document, { Field: (field) => (lists.includes(field) ? withPageKeys(field) : undefined) });
}

/** The entity batch asking administrative units for these lists only. */
function listsOnly(request: DocumentNode, lists: readonly FieldNode[]): DocumentNode {
  const entities = rootFields(operationOf(request))?.[0] as FieldNode;
  const onUnits: FieldNode = {
    ...entities,
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'AdministrativeUnit' } },
          selectionSet: { kind: Kind.SELECTION_SET, selections: lists.map(withPageKeys) },
        },
      ],
    },
  };
  return restrictToFields(request, [onUnits]);
}

const STATUS = 'dvcRoutingStatus';

function withStatus(field: FieldNode): FieldNode {
  const status: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: STATUS },
    name: { kind: Kind.NAME, value: 'status' },
  };
  return {
    ...field,
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [...(field.selectionSet?.selections ?? []), status],
    },
  };
}
