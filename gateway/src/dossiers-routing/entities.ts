import type { DossiersRegistry } from '@dvc/contracts';
import { type DocumentNode, type FieldNode, type GraphQLFormattedError, Kind, visit } from 'graphql';
import type { Ask, Target } from './ask';
import type { MergedList, RoutingDeclarations } from './declarations';
import { listPart, mergeList, spansInstances, withPageKeys } from './lists';
import {
  argumentValues,
  fragmentsOf,
  operationOf,
  type Path,
  responseName,
  restrictToFields,
  rootFields,
  selectionsOn,
  type Variables,
} from './operation';
import { concernedBy, ownerOf, type PathOf, unitNamed } from './owners';

/**
 * An entity batch (`_entities`): the query planner asks one batch for entities of several units. Each
 * representation goes to the instance its type's `@owner` names, and the answers are put back in the batch's
 * order. A list on an entity that spans instances (`@mergedAcrossInstances`) is answered by the entity's owner
 * within the batch; the other instances concerned are then asked for these lists only, and each entity's list
 * becomes the merge of all.
 */
export async function resolveEntities(
  declarations: RoutingDeclarations,
  registry: DossiersRegistry,
  pathOf: PathOf,
  ask: Ask,
  document: DocumentNode,
  variables: Variables,
) {
  const representations = (variables.representations ?? []) as Variables[];
  const owners = new Map<string, Part>();
  representations.forEach((representation, index) => {
    const declared = declarations.entity(String(representation.__typename)) ?? {};
    const { instance, unit } = ownerOf(registry, declared, representation, null);
    const part = owners.get(instance.name) ?? { instance, units: new Set<string>(), indexes: [] };
    part.indexes.push(index);
    if (unit) part.units.add(unit);
    owners.set(instance.name, part);
  });
  const lists = spanningLists(declarations, document, variables);
  const request = visit(document, {
    Field: (field) => (lists.some((list) => list.field === field) ? withPageKeys(field) : undefined),
  });
  const entities: unknown[] = representations.map(() => null);
  const errors: GraphQLFormattedError[] = [];
  const answers = await Promise.all(
    [...owners.values()].map((part) => askPart(ask, request, variables, representations, part)),
  );
  for (const answer of answers) {
    for (const [index, entity] of answer.entities) entities[index] = entity;
    errors.push(...answer.errors);
  }
  if (lists.length > 0) {
    const context = { declarations, registry, pathOf, ask, document, variables, representations };
    await mergeEntityLists(context, lists, entities, errors);
  }
  return { data: { _entities: entities }, ...(errors.length > 0 ? { errors } : {}) };
}

/** Representations of a batch sent to one instance, by their places in the batch. */
type Part = Target & { indexes: number[] };

type SpanningList = { typeName: string; field: FieldNode; list: MergedList };

/** The lists the batch asks of its entities that span instances with the arguments given. */
function spanningLists(
  declarations: RoutingDeclarations,
  document: DocumentNode,
  variables: Variables,
): SpanningList[] {
  const entities = rootFields(operationOf(document))?.[0];
  return selectionsOn(entities?.selectionSet, fragmentsOf(document)).flatMap(({ typeName, field }) => {
    const list = declarations.field(typeName, field.name.value)?.list;
    return spansInstances(list, argumentValues(field, variables)) ? [{ typeName, field, list }] : [];
  });
}

/**
 * One instance's part of a batch; its entities and the paths of its errors carry the batch's own places. When it
 * does not answer, each entity it was asked for is unavailable, or with `fieldsAsked` each of those fields.
 */
async function askPart(
  ask: Ask,
  document: DocumentNode,
  variables: Variables,
  representations: readonly Variables[],
  part: Part,
  fieldsAsked: (representation: Variables) => string[] = () => [],
) {
  const paths = part.indexes.flatMap((index, position): Path[] => {
    const fields = fieldsAsked(representations[index] as Variables);
    return fields.length > 0 ? fields.map((key) => ['_entities', position, key]) : [['_entities', position]];
  });
  const answer = await ask(
    part,
    document,
    { ...variables, representations: part.indexes.map((index) => representations[index]) },
    paths,
  );
  const answered = (answer.data?._entities ?? []) as unknown[];
  const entities = new Map(part.indexes.map((index, position) => [index, answered[position] ?? null]));
  const errors = answer.errors.map((error) => {
    const [head, position, ...rest] = error.path ?? [];
    if (head !== '_entities' || typeof position !== 'number') return error;
    return { ...error, path: ['_entities', part.indexes[position] as number, ...rest] };
  });
  return { entities, errors };
}

type Batch = {
  declarations: RoutingDeclarations;
  registry: DossiersRegistry;
  pathOf: PathOf;
  ask: Ask;
  document: DocumentNode;
  variables: Variables;
  representations: readonly Variables[];
};

/** Each entity's spanning lists, as its owner answered them, merged with those of the other instances concerned. */
async function mergeEntityLists(
  batch: Batch,
  lists: readonly SpanningList[],
  entities: unknown[],
  errors: GraphQLFormattedError[],
): Promise<void> {
  const others = await otherInstances(batch, lists);
  const onlyLists = listsOnly(batch.document, lists);
  const answers = await Promise.all(
    [...others.values()].map((part) =>
      askPart(batch.ask, onlyLists, batch.variables, batch.representations, part, (representation) =>
        lists
          .filter((list) => list.typeName === representation.__typename)
          .map((list) => responseName(list.field)),
      ),
    ),
  );
  const fragments = fragmentsOf(batch.document);
  batch.representations.forEach((representation, index) => {
    const entity = entities[index] as Record<string, unknown> | null;
    if (!entity) return;
    for (const { field, list } of lists.filter((each) => each.typeName === representation.__typename)) {
      const key = responseName(field);
      const path = ['_entities', index, key];
      const own = takeErrors(errors, path);
      const parts = [{ page: entity[key], errors: own }];
      for (const answer of answers) {
        if (!answer.entities.has(index)) continue;
        const other = answer.entities.get(index) as Record<string, unknown> | null;
        parts.push({
          ...listPart({ data: other, errors: [] }, key),
          errors: takeErrors(answer.errors, path),
        });
      }
      const merged = mergeList(list, field, fragments, batch.variables, parts, path);
      entity[key] = merged.page;
      errors.push(...merged.errors);
    }
  });
}

/**
 * The instances besides each entity's owner that may hold part of its lists, with the entities to ask each for.
 * An instance down is named by its units, or on the default instance by the units asked about.
 */
async function otherInstances(batch: Batch, lists: readonly SpanningList[]): Promise<Map<string, Part>> {
  const others = new Map<string, Part>();
  const types = new Set(lists.map((list) => list.typeName));
  for (const [index, representation] of batch.representations.entries()) {
    const typeName = String(representation.__typename);
    if (!types.has(typeName)) continue;
    const declared = batch.declarations.entity(typeName);
    const owner = ownerOf(batch.registry, declared ?? {}, representation, null).instance;
    const unit = unitNamed(declared, representation);
    for (const instance of await concernedBy(batch.registry, batch.pathOf, unit)) {
      if (instance.name === owner.name) continue;
      const part = others.get(instance.name) ?? { instance, units: new Set(instance.units), indexes: [] };
      if (instance.units.length === 0 && unit) part.units.add(unit);
      part.indexes.push(index);
      others.set(instance.name, part);
    }
  }
  return others;
}

/** The entity batch asking for these lists only, with what the merge needs. */
function listsOnly(document: DocumentNode, lists: readonly SpanningList[]): DocumentNode {
  const entities = rootFields(operationOf(document))?.[0] as FieldNode;
  const types = [...new Set(lists.map((list) => list.typeName))];
  return restrictToFields(document, [
    {
      ...entities,
      selectionSet: {
        kind: Kind.SELECTION_SET,
        selections: types.map((typeName) => ({
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: typeName } },
          selectionSet: {
            kind: Kind.SELECTION_SET,
            selections: lists
              .filter((list) => list.typeName === typeName)
              .map((list) => withPageKeys(list.field)),
          },
        })),
      },
    },
  ]);
}

/** Removes from `errors` those at or under `path`, and returns them. */
function takeErrors(errors: GraphQLFormattedError[], path: Path): GraphQLFormattedError[] {
  const under = (error: GraphQLFormattedError) =>
    path.every((part, position) => error.path?.[position] === part);
  const taken = errors.filter(under);
  errors.splice(0, errors.length, ...errors.filter((error) => !under(error)));
  return taken;
}
