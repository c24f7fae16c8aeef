import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  valueFromASTUntyped,
  visit,
} from 'graphql';

export function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('subgraph request without an operation');
  return operation;
}

export function rootFields(operation: OperationDefinitionNode): FieldNode[] | null {
  const selections = operation.selectionSet.selections;
  return selections.every((selection): selection is FieldNode => selection.kind === Kind.FIELD)
    ? (selections as FieldNode[])
    : null;
}

export const responseName = (field: FieldNode) => field.alias?.value ?? field.name.value;

export function argumentValues(
  field: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    (field.arguments ?? []).map((argument) => [
      argument.name.value,
      valueFromASTUntyped(argument.value, variables),
    ]),
  );
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
  const allFragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
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

export function pickVariables(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const declared = operationOf(document).variableDefinitions ?? [];
  return Object.fromEntries(
    declared
      .map((definition) => definition.variable.name.value)
      .filter((name) => variables && name in variables)
      .map((name) => [name, variables?.[name]]),
  );
}

/** An ID argument: the query planner prints a literal ID made of digits (a unit code) as an Int. */
export function idOf(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}
