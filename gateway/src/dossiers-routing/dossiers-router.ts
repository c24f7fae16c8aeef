import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { DossiersInstance, DossiersRegistry } from '@dvc/contracts';
import type { DocumentNode, FieldNode, GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context';
import { type Answer, type Ask, askerFor, forward, type Send, type Target } from './ask';
import type { FieldRouting, Lookup, MergedList, RoutingDeclarations } from './declarations';
import { resolveEntities } from './entities';
import { mergeList, spansInstances, withPageKeys } from './lists';
import { chooseAnswer, foundSelection } from './lookups';
import {
  argumentValues,
  documentOf,
  fragmentsOf,
  operationOf,
  responseName,
  restrictToFields,
  rootFields,
  type Variables,
  withSelections,
} from './operation';
import { concernedBy, ownerOf, type PathOf, unitNamed } from './owners';

/** A root field the schema declares nothing for goes where a field naming no key goes: to the caller's unit. */
const UNDECLARED: FieldRouting = { owner: {}, list: null, lookup: null };

/**
 * The dossiers subgraph as the gateway sees it when several instances serve different units. Each root field is
 * routed as the dossiers schema declares beside it (declarations.ts): to the instance that owns it, to every
 * instance holding part of a list, or to every instance for a lookup. Entity batches are split by owner and put
 * back in order (entities.ts). An instance that does not answer costs only its own fields, each with a
 * `UNIT_UNAVAILABLE` error naming its units (ask.ts); a list missing an instance's part is null with that error,
 * never silently short.
 */
export class DossiersRouter implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly registry: DossiersRegistry,
    private readonly declarations: RoutingDeclarations,
    private readonly send: Send,
    /** Without it every instance is concerned by every unit's list: complete, at the cost of asking more. */
    private readonly pathOf: PathOf = async () => null,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (this.registry.isSingle()) {
      return forward(this.send, this.registry.instances()[0] as DossiersInstance, options);
    }
    const document = documentOf(options);
    const variables = options.request.variables ?? {};
    const ask = askerFor(this.send, options);
    const operation = operationOf(document);
    const fields = rootFields(operation);
    // The query planner never spreads a fragment at the root; such a request has no field to route by.
    if (!fields) return forward(this.send, this.registry.forUnit(''), options);
    if (fields.length === 1 && fields[0]?.name.value === '_entities') {
      const { declarations, registry, pathOf } = this;
      return resolveEntities({ declarations, registry, pathOf, ask }, document, variables);
    }
    const rootType = this.declarations.rootType(operation.operation);
    const callerUnit = options.context?.identity?.unitCode ?? null;
    const owned = new Map<string, Target & { fields: FieldNode[] }>();
    const spanning: Array<Promise<Answer>> = [];
    for (const field of fields) {
      const routing = this.declarations.field(rootType, field.name.value) ?? UNDECLARED;
      const args = argumentValues(field, variables);
      if (routing.lookup) {
        spanning.push(this.lookUp(routing.lookup, field, document, variables, ask));
      } else if (spansInstances(routing.list, args)) {
        const unit = unitNamed(routing.owner, args);
        spanning.push(this.mergedList(routing.list, unit, field, document, variables, ask));
      } else {
        const { instance, unit } = ownerOf(this.registry, routing.owner, args, callerUnit);
        const target = owned.get(instance.name) ?? { instance, units: new Set<string>(), fields: [] };
        target.fields.push(field);
        if (unit) target.units.add(unit);
        owned.set(instance.name, target);
      }
    }
    const answers = await Promise.all([
      ...[...owned.values()].map((target) =>
        ask(
          target,
          restrictToFields(document, target.fields),
          variables,
          target.fields.map((field) => [responseName(field)]),
        ),
      ),
      ...spanning,
    ]);
    return combine(answers);
  }

  /** A list held in part by several instances: those at or below `unit`, or every instance without one. */
  private async mergedList(
    list: MergedList,
    unit: string | null,
    field: FieldNode,
    document: DocumentNode,
    variables: Variables,
    ask: Ask,
  ): Promise<Answer> {
    const name = responseName(field);
    const request = restrictToFields(document, [withPageKeys(field)]);
    const instances = await concernedBy(this.registry, this.pathOf, unit);
    const parts = await Promise.all(
      instances.map(async (instance) => {
        // The default instance serves every unit not listed: when it is down, the unit asked about names it.
        const units = instance.units.length > 0 ? instance.units : unit ? [unit] : [];
        const answer = await ask({ instance, units: new Set(units) }, request, variables, [[name]]);
        return { page: answer.data?.[name], errors: answer.errors };
      }),
    );
    const merged = mergeList(list, field, fragmentsOf(document), variables, parts, [name]);
    return { data: { [name]: merged.page }, errors: merged.errors };
  }

  /** A lookup by a key that names no unit: every instance is asked. */
  private async lookUp(
    lookup: Lookup,
    field: FieldNode,
    document: DocumentNode,
    variables: Variables,
    ask: Ask,
  ): Promise<Answer> {
    const name = responseName(field);
    const request = restrictToFields(document, [withSelections(field, foundSelection(lookup))]);
    const answers = await Promise.all(
      this.registry
        .instances()
        .map((instance) => ask({ instance, units: new Set(instance.units) }, request, variables, [[name]])),
    );
    return chooseAnswer(lookup, name, answers);
  }
}

/** The answers for the parts of one operation, as one answer. */
function combine(answers: readonly Answer[]): GatewayGraphQLResponse {
  const given = answers.filter((answer) => answer.data !== null);
  const data = given.length > 0 ? Object.assign({}, ...given.map((answer) => answer.data)) : null;
  const errors: GraphQLFormattedError[] = answers.flatMap((answer) => answer.errors);
  return { data, ...(errors.length > 0 ? { errors } : {}) };
}
