import type { DossiersInstance, DossiersRegistry } from '@dvc/contracts';
import { type DocumentNode, type FieldNode, type GraphQLFormattedError, Kind, visit } from 'graphql';
import type { Ask, Target } from './ask';
import type { MergedList, RoutingDeclarations } from './declarations';
import { type ListPart, mergeList, spansInstances, withPageKeys } from './lists';
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

/** What the router lends the handling of one entity batch. */
type Means = {
  declarations: RoutingDeclarations;
  registry: DossiersRegistry;
  pathOf: PathOf;
  ask: Ask;
};

type Batch = Means & {
  document: DocumentNode;
  variables: Variables;
  representations: readonly Variables[];
  /** The instance that owns each representation, by its place in the batch. */
  owners: readonly DossiersInstance[];
};

/** Representations of a batch sent to one instance, by their places in the batch. */
type Part = Target & { indexes: number[] };

type SpanningList = { typeName: string; field: FieldNode; list: MergedList };

/**
 * An entity batch (`_entities`): the query planner asks one batch for entities of several units. Each
 * representation goes to the instance its type's `@owner` names, and the answers are put back in the batch's
 * order. A list on an entity that spans instances (`@mergedAcrossInstances`) is answered by the entity's owner
 * within the batch; the other instances concerned are then asked for these lists only, and each entity's list
 * becomes the merge of all.
 */
export async function resolveEntities(means: Means, document: DocumentNode, variables: Variables) {
  const representations = (variables.representations ?? []) as Variables[];
  const parts = new Map<string, Part>();
  const owners = representations.map((representation, index) => {
    const declared = means.declarations.entity(String(representation.__typename)) ?? {};
    const { instance, unit } = ownerOf(means.registry, declared, representation, null);
    const part = parts.get(instance.name) ?? { instance, units: new Set<string>(), indexes: [] };
    part.indexes.push(index);
    if (unit) part.units.add(unit);
    parts.set(instance.name, part);
    return instance;
  });
  const batch: Batch = { ...means, document, variables, representations, owners };
  const lists = spanningLists(batch);
  const request = visit(document, {
    Field: (field) => (lists.some((list) => list.field === field) ? withPageKeys(field) : undefined),
  });
  const answers = await Promise.all([...parts.values()].map((part) => askPart(batch, request, part)));
  const entities: unknown[] = representations.map(() => null);
  const errors: GraphQLFormattedError[] = [];
  for (const answer of answers) {
    for (const [index, entity] of answer.entities) entities[index] = entity;
    errors.push(...answer.errors);
  }
  if (lists.length > 0) await mergeEntityLists(batch, lists, entities, errors);
  return { data: { _entities: entities }, ...(errors.length > 0 ? { errors } : {}) };
}

/** The lists the batch asks of its entities that span instances with the arguments given. */
function spanningLists({ declarations, document, variables }: Batch): SpanningList[] {
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
  batch: Batch,
  document: DocumentNode,
  part: Part,
  fieldsAsked: (representation: Variables) => string[] = () => [],
) {
  const paths = part.indexes.flatMap((index, position): Path[] => {
    const fields = fieldsAsked(batch.representations[index] as Variables);
    return fields.length > 0 ? fields.map((key) => ['_entities', position, key]) : [['_entities', position]];
  });
  const representations = part.indexes.map((index) => batch.representations[index]);
  const answer = await batch.ask(part, document, { ...batch.variables, representations }, paths);
  const answered = (answer.data?._entities ?? []) as unknown[];
  const entities = new Map(part.indexes.map((index, position) => [index, answered[position] ?? null]));
  const errors = answer.errors.map((error) => {
    const [head, position, ...rest] = error.path ?? [];
    if (head !== '_entities' || typeof position !== 'number') return error;
    return { ...error, path: ['_entities', part.indexes[position] as number, ...rest] };
  });
  return { entities, errors };
}

/** Each entity's spanning lists, as its owner answered them, merged with those of the other instances concerned. */
async function mergeEntityLists(
  batch: Batch,
  lists: readonly SpanningList[],
  entities: unknown[],
  errors: GraphQLFormattedError[],
): Promise<void> {
  const listsOf = (representation: Variables) =>
    lists.filter((list) => list.typeName === representation.__typename);
  const onlyLists = listsOnly(batch.document, lists);
  const others = await otherInstances(batch, listsOf);
  const answers = await Promise.all(
    [...others.values()].map((part) =>
      askPart(batch, onlyLists, part, (representation) =>
        listsOf(representation).map((list) => responseName(list.field)),
      ),
    ),
  );
  const fragments = fragmentsOf(batch.document);
  batch.representations.forEach((representation, index) => {
    const entity = entities[index] as Record<string, unknown> | null;
    if (!entity) return;
    for (const { field, list } of listsOf(representation)) {
      const key = responseName(field);
      const path = ['_entities', index, key];
      const parts: ListPart[] = [{ page: entity[key], errors: takeErrors(errors, path) }];
      for (const answer of answers.filter((each) => each.entities.has(index))) {
        const other = answer.entities.get(index) as Record<string, unknown> | null;
        parts.push({ page: other?.[key], errors: takeErrors(answer.errors, path) });
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
async function otherInstances(
  batch: Batch,
  listsOf: (representation: Variables) => SpanningList[],
): Promise<Map<string, Part>> {
  const others = new Map<string, Part>();
  for (const [index, representation] of batch.representations.entries()) {
    if (listsOf(representation).length === 0) continue;
    const unit = unitNamed(batch.declarations.entity(String(representation.__typename)), representation);
    for (const instance of await concernedBy(batch.registry, batch.pathOf, unit)) {
      if (instance.name === batch.owners[index]?.name) continue;
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
  const selectionSet = (selections: FieldNode[]) => ({ kind: Kind.SELECTION_SET, selections }) as const;
  return restrictToFields(document, [
    {
      ...entities,
      selectionSet: {
        kind: Kind.SELECTION_SET,
        selections: types.map((typeName) => ({
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: typeName } },
          selectionSet: selectionSet(
            lists.filter((list) => list.typeName === typeName).map((list) => withPageKeys(list.field)),
          ),
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
