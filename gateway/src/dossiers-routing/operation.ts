import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
  visit,
} from 'graphql';
import type { GatewayContext } from '../context';

/** Reading and cutting up the subgraph operations the query planner sends: nothing here knows the dossiers schema. */

export type Variables = Record<string, unknown>;
export type Path = Array<string | number>;

export function documentOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): DocumentNode {
  return options.kind === 'incoming operation' && options.document
    ? options.document
    : parse(options.request.query as string);
}

export function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('subgraph request without an operation');
  return operation;
}

/** The operation's root fields, or null when it spreads fragments at the root (the planner never does). */
export function rootFields(operation: OperationDefinitionNode): FieldNode[] | null {
  const selections = operation.selectionSet.selections;
  return selections.every((selection): selection is FieldNode => selection.kind === Kind.FIELD)
    ? (selections as FieldNode[])
    : null;
}

export const responseName = (field: FieldNode) => field.alias?.value ?? field.name.value;

export function argumentValues(field: FieldNode, variables: Variables): Variables {
  return Object.fromEntries(
    (field.arguments ?? []).map((argument) => [
      argument.name.value,
      valueFromASTUntyped(argument.value, variables),
    ]),
  );
}

/** The value at a dotted path (`input.unitCode`) into arguments or a representation; undefined when absent. */
export function valueAt(values: Variables, path: string): unknown {
  let value: unknown = values;
  for (const name of path.split('.')) value = (value as Variables | null | undefined)?.[name];
  return value;
}

/** An ID: the query planner prints a literal ID made of digits (a unit code) as an Int. */
export function idOf(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
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

/** The selections made on a type, through inline fragments and named ones: `… on T { these }`. */
export function selectionsOn(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
): Array<{ typeName: string; field: FieldNode }> {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection
        : selection.kind === Kind.FRAGMENT_SPREAD
          ? fragments.get(selection.name.value)
          : undefined;
    const typeName = fragment?.typeCondition?.name.value;
    if (!fragment || !typeName) return [];
    return fragment.selectionSet.selections.flatMap((inner) =>
      inner.kind === Kind.FIELD ? [{ typeName, field: inner }] : [],
    );
  });
}

/** Response keys of a selection and the field each one reads, through fragments. */
export function responseKeys(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  into = new Map<string, string>(),
): Map<string, string> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.set(responseName(selection), selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) responseKeys(selection.selectionSet, fragments, into);
    else responseKeys(fragments.get(selection.name.value)?.selectionSet, fragments, into);
  }
  return into;
}

/** The field with more selections after its own: what the gateway itself needs from the answer. */
export function withSelections(field: FieldNode, selections: readonly SelectionNode[]): FieldNode {
  return {
    ...field,
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [...(field.selectionSet?.selections ?? []), ...selections],
    },
  };
}

/** Selections parsed from text, for the few the gateway adds under aliases of its own. */
export function selectionsOf(text: string): readonly SelectionNode[] {
  return (operationOf(parse(`{ ${text} }`)) as { selectionSet: SelectionSetNode }).selectionSet.selections;
}

function usedNames(nodes: readonly SelectionNode[] | readonly FragmentDefinitionNode[]) {
  const variables = new Set<string>();
  const fragments = new Set<string>();
  for (const node of nodes) {
    visit(node, {
      Variable: (variable) => {
        variables.add(variable.name.value);
      },
      FragmentSpread: (spread) => {
        fragments.add(spread.name.value);
      },
    });
  }
  return { variables, fragments };
}

/**
 * The same operation restricted to some of its root fields, with only the variables and fragments they use:
 * GraphQL refuses an operation that declares a variable it does not use.
 */
export function restrictToFields(document: DocumentNode, fields: readonly FieldNode[]): DocumentNode {
  const operation = operationOf(document);
  const allFragments = fragmentsOf(document);
  const { variables, fragments } = usedNames(fields);
  // Fragments may spread other fragments and use variables of their own.
  const pending = [...fragments];
  while (pending.length > 0) {
    const fragment = allFragments.get(pending.pop() as string);
    if (!fragment) continue;
    const inner = usedNames([fragment]);
    for (const name of inner.variables) variables.add(name);
    for (const name of inner.fragments) {
      if (!fragments.has(name)) {
        fragments.add(name);
        pending.push(name);
      }
    }
  }
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        ...operation,
        variableDefinitions: operation.variableDefinitions?.filter((definition) =>
          variables.has(definition.variable.name.value),
        ),
        selectionSet: { ...operation.selectionSet, selections: fields },
      },
      ...[...fragments].flatMap((name) => {
        const fragment = allFragments.get(name);
        return fragment ? [fragment] : [];
      }),
    ],
  };
}

export function pickVariables(document: DocumentNode, variables: Variables): Variables {
  const declared = operationOf(document).variableDefinitions ?? [];
  return Object.fromEntries(
    declared
      .map((definition) => definition.variable.name.value)
      .filter((name) => name in variables)
      .map((name) => [name, variables[name]]),
  );
}
