import { decodeCursor } from '@dvc/service-kit';
import type { GraphQLFormattedError } from 'graphql';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  parse,
  type SelectionSetNode,
} from 'graphql';
import { argumentValues, idOf } from './operation';

/**
 * Lists that span dossiers instances: a citizen's own dossiers (filed at the district and at a commune that runs
 * its own instance) and a unit's queue with `includeSubunits`. Both orders are total orders on (key, code), and
 * dossier codes are unique across instances (each carries its agency), so the cursor of any dossier, issued by
 * the instance that holds it, is a position every other instance reads on from correctly. The gateway sends the
 * same page request to every instance concerned, decodes each dossier's edge cursor to merge the answers in the
 * list's order, and keeps the first `first`.
 */
export type ListOrder = { kind: 'own' } | { kind: 'queue'; unitCode: string };

/** The schema's default page size of both lists. */
const DEFAULT_FIRST = 20;

/** Private aliases the gateway adds to a list's selection and strips from the answer. */
const EDGES = 'dvcRoutingEdges';
const MORE = 'dvcRoutingMore';
const PAGE_KEYS = (
  parse(`{ ${EDGES}: edges { cursor } ${MORE}: hasNextPage }`).definitions[0] as {
    selectionSet: SelectionSetNode;
  }
).selectionSet.selections;

export function includesSubunits(field: FieldNode, variables: Record<string, unknown>): boolean {
  const filter = argumentValues(field, variables).filter as { includeSubunits?: unknown } | null | undefined;
  return field.name.value === 'dossiers' && filter?.includeSubunits === true;
}

/** The order of a root field's list when it spans instances; null for a field one instance answers. */
export function listOrderOf(field: FieldNode, variables: Record<string, unknown>): ListOrder | null {
  if (field.name.value === 'myDossiers') return { kind: 'own' };
  const unitCode = idOf(argumentValues(field, variables).unitCode);
  return includesSubunits(field, variables) && unitCode !== null ? { kind: 'queue', unitCode } : null;
}

/** The list field asking also for what the merge needs: each dossier's cursor, and whether more follow. */
export function withPageKeys(field: FieldNode): FieldNode {
  const selections = field.selectionSet?.selections ?? [];
  return { ...field, selectionSet: { kind: Kind.SELECTION_SET, selections: [...selections, ...PAGE_KEYS] } };
}

type Key = { due?: string; createdAt?: string; code: string };

/**
 * The dossiers service's keyset positions (rules/queries.ts): the work queue by deadline (`infinity` when none)
 * then code, ascending; a citizen's list by filing time then code, descending. Times are ISO 8601 in UTC with
 * milliseconds, which compare as text.
 */
function compare(order: ListOrder, a: Key, b: Key): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  if (order.kind === 'own') return text(b.createdAt ?? '', a.createdAt ?? '') || text(b.code, a.code);
  const due = (key: Key) => (key.due === 'infinity' ? '\uffff' : (key.due ?? ''));
  return text(due(a), due(b)) || text(a.code, b.code);
}

function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  into = new Map<string, string>(),
): Map<string, string> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD)
      into.set(selection.alias?.value ?? selection.name.value, selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, fragments, into);
    else fieldsOf(fragments.get(selection.name.value)?.selectionSet, fragments, into);
  }
  return into;
}

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

/** One instance's page of the list, as it answered (with the private keys), and its errors. */
export type InstancePage = { page: Record<string, unknown>; errors: readonly GraphQLFormattedError[] };

/**
 * Merges the pages of every instance concerned into the page the client asked for. `path` is where the list
 * stands in the answer; errors inside a dossier keep their path, renumbered to the dossier's place in the merged
 * page, and are dropped with the dossiers that did not make the page.
 */
export function mergePages(
  field: FieldNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  order: ListOrder,
  pages: readonly InstancePage[],
  path: ReadonlyArray<string | number>,
): { page: Record<string, unknown>; errors: GraphQLFormattedError[] } {
  const first = (argumentValues(field, variables).first as number | null | undefined) ?? DEFAULT_FIRST;
  const keys = fieldsOf(field.selectionSet, fragments);
  const listKeys = [...keys].filter(([, name]) => name === 'nodes' || name === 'edges').map(([key]) => key);
  type Item = { cursor: string; key: Key; from: number; index: number };
  const items: Item[] = pages.flatMap(({ page }, from) =>
    ((page[EDGES] ?? []) as Array<{ cursor: string }>).map(({ cursor }, index) => ({
      cursor,
      key: JSON.parse(decodeCursor(cursor) as string) as Key,
      from,
      index,
    })),
  );
  items.sort((a, b) => compare(order, a.key, b.key));
  const kept = items.slice(0, first);
  const hasNextPage = items.length > first || pages.some(({ page }) => page[MORE] === true);
  const merged: Record<string, unknown> = {};
  for (const [key, name] of keys) {
    if (listKeys.includes(key)) {
      merged[key] = kept.map((item) => ((pages[item.from]?.page[key] ?? []) as unknown[])[item.index]);
    } else if (name === 'hasNextPage') merged[key] = hasNextPage;
    else if (name === 'endCursor') merged[key] = hasNextPage ? (kept.at(-1)?.cursor ?? null) : null;
    else if (name === '__typename') merged[key] = 'DossierConnection';
  }
  const placeOf = new Map(kept.map((item, place) => [`${item.from}:${item.index}`, place]));
  const errors: GraphQLFormattedError[] = [];
  pages.forEach(({ errors: pageErrors }, from) => {
    for (const error of pageErrors) {
      const rest = error.path?.slice(path.length) ?? [];
      const [listKey, index, ...inside] = rest;
      if (typeof listKey === 'string' && listKeys.includes(listKey) && typeof index === 'number') {
        const place = placeOf.get(`${from}:${index}`);
        if (place !== undefined) errors.push({ ...error, path: [...path, listKey, place, ...inside] });
      } else if (from === 0) errors.push(error);
    }
  });
  return { page: merged, errors };
}
