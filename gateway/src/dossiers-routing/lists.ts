import type { FieldNode, FragmentDefinitionNode, GraphQLFormattedError } from 'graphql';
import { isUnitUnavailable } from './ask';
import type { MergedList } from './declarations';
import {
  argumentValues,
  type Path,
  responseKeys,
  selectionsOf,
  type Variables,
  valueAt,
  withSelections,
} from './operation';

/**
 * Lists that several instances hold parts of (`@mergedAcrossInstances` in the dossiers schema). Every instance
 * concerned is sent the same page request, `after` included: a cursor is a keyset position that any instance
 * reads on from, since it names a place in an order all instances share, and the merge keeps each instance's
 * dossiers in its own order. The answers are merged by the sort key each edge carries and cut to `first`.
 *
 * The lists follow the connection convention of the schema: `first` and `after` arguments; `nodes` and `edges`
 * in the same order, each edge with its `cursor` and `sortKey`; `endCursor` and `hasNextPage`.
 */

/** Whether a declared list spans instances for these arguments (the owner alone answers otherwise). */
export function spansInstances(list: MergedList | null | undefined, args: Variables): list is MergedList {
  return !!list && (list.when === null || valueAt(args, list.when) === true);
}

/** Private aliases the gateway adds to a list's selection, and strips from the merged answer. */
const EDGES = 'dvcRoutingEdges';
const MORE = 'dvcRoutingMore';
const PAGE_KEYS = selectionsOf(`${EDGES}: edges { cursor sortKey } ${MORE}: hasNextPage`);

/** The list field asking also for what the merge needs: each dossier's cursor and sort key, and whether more follow. */
export const withPageKeys = (field: FieldNode) => withSelections(field, PAGE_KEYS);

/** One instance's answer for the list (with the private keys), and its errors. */
export type ListPart = { page: unknown; errors: GraphQLFormattedError[] };

/**
 * The page the client asked for, from the parts of every instance concerned. Null, with one error per instance
 * that did not answer, when any is down (never a list silently short); null with the first part's errors when an
 * instance refused (all instances judge access alike). `path` is where the list stands in the client's answer.
 */
export function mergeList(
  list: MergedList,
  field: FieldNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Variables,
  parts: readonly ListPart[],
  path: Path,
): { page: Record<string, unknown> | null; errors: GraphQLFormattedError[] } {
  const unavailable = parts.flatMap(({ errors }) => errors.filter(isUnitUnavailable));
  if (unavailable.length > 0) return { page: null, errors: unavailable };
  const refused = parts.find(({ page }) => page == null);
  if (refused) return { page: null, errors: refused.errors };
  return mergePages(list, field, fragments, variables, parts as Array<ListPart & { page: Variables }>, path);
}

function mergePages(
  list: MergedList,
  field: FieldNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Variables,
  parts: ReadonlyArray<ListPart & { page: Variables }>,
  path: Path,
): { page: Record<string, unknown>; errors: GraphQLFormattedError[] } {
  const first = (argumentValues(field, variables).first as number | null | undefined) ?? list.defaultFirst;
  const keys = responseKeys(field.selectionSet, fragments);
  const listKeys = [...keys].filter(([, name]) => name === 'nodes' || name === 'edges').map(([key]) => key);
  const items = parts.flatMap(({ page }, from) =>
    ((page[EDGES] ?? []) as Array<{ cursor: string; sortKey: string }>).map((edge, index) => ({
      ...edge,
      from,
      index,
    })),
  );
  const direction = list.descending ? -1 : 1;
  items.sort((a, b) => direction * (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const kept = items.slice(0, first ?? items.length);
  const hasNextPage = items.length > kept.length || parts.some(({ page }) => page[MORE] === true);
  const merged: Record<string, unknown> = {};
  for (const [key, name] of keys) {
    if (listKeys.includes(key)) {
      merged[key] = kept.map((item) => ((parts[item.from]?.page[key] ?? []) as unknown[])[item.index]);
    } else if (name === 'hasNextPage') merged[key] = hasNextPage;
    else if (name === 'endCursor') merged[key] = hasNextPage ? (kept.at(-1)?.cursor ?? null) : null;
    else if (name === '__typename') merged[key] = parts[0]?.page[key];
  }
  // Errors inside a dossier keep their path, renumbered to the dossier's place in the merged page, and go with
  // the dossiers that did not make the page; errors on the list itself are the same from every instance.
  const placeOf = new Map(kept.map((item, place) => [`${item.from}:${item.index}`, place]));
  const errors: GraphQLFormattedError[] = [];
  parts.forEach(({ errors: partErrors }, from) => {
    for (const error of partErrors) {
      const [listKey, index, ...inside] = error.path?.slice(path.length) ?? [];
      if (typeof listKey === 'string' && listKeys.includes(listKey) && typeof index === 'number') {
        const place = placeOf.get(`${from}:${index}`);
        if (place !== undefined) errors.push({ ...error, path: [...path, listKey, place, ...inside] });
      } else if (from === 0) errors.push(error);
    }
  });
  return { page: merged, errors };
}
