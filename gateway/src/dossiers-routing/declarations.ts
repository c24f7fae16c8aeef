import {
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  parse,
  valueFromASTUntyped,
} from 'graphql';

/**
 * The routing the dossiers schema declares beside each field (the `@owner`, `@mergedAcrossInstances` and
 * `@askEveryInstance` directives of services/dossiers/src/schema.graphql, composed into the supergraph), read once
 * from the supergraph the gateway serves. The schema's documentation of the directives is their specification.
 */

/** Where a field's arguments, or an entity's representation, name its owner: dotted paths, by kind of key. */
export type Owner = { unit?: string; dossier?: string; payment?: string };

/** A list held in part by several instances, merged by its edges' sort keys. */
export type MergedList = {
  descending: boolean;
  /** A Boolean argument that must be true for the list to span instances; always when null. */
  when: string | null;
  /** The page size when the request gives none: the field's own default. */
  defaultFirst: number | null;
};

/** A lookup every instance is asked; the answer is the one whose `notFoundWhen` field is not `is`. */
export type Lookup = { notFoundWhen: string; is: string };

export type FieldRouting = { owner: Owner; list: MergedList | null; lookup: Lookup | null };

export type RoutingDeclarations = {
  /** A field of a type (`Query`, `Mutation` or an entity's); undefined when the schema declares nothing for it. */
  field(typeName: string, fieldName: string): FieldRouting | undefined;
  /** How an entity's representations name its owner. */
  entity(typeName: string): Owner | undefined;
  /** The type of an operation's root (`query` → `Query`). */
  rootType(operation: 'query' | 'mutation' | 'subscription'): string;
};

function argumentsOf(directive: ConstDirectiveNode | undefined): Record<string, unknown> | null {
  if (!directive) return null;
  return Object.fromEntries(
    (directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]),
  );
}

const directiveOf = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  argumentsOf(node.directives?.find((directive) => directive.name.value === name));

function ownerOf(node: { directives?: readonly ConstDirectiveNode[] }): Owner | null {
  const owner = directiveOf(node, 'owner');
  if (!owner) return null;
  const paths = (['unit', 'dossier', 'payment'] as const).filter((kind) => typeof owner[kind] === 'string');
  return Object.fromEntries(paths.map((kind) => [kind, owner[kind]])) as Owner;
}

function fieldRouting(field: FieldDefinitionNode): FieldRouting | null {
  const owner = ownerOf(field);
  const list = directiveOf(field, 'mergedAcrossInstances');
  const lookup = directiveOf(field, 'askEveryInstance');
  if (!owner && !list && !lookup) return null;
  const first = field.arguments?.find((argument) => argument.name.value === 'first')?.defaultValue;
  return {
    owner: owner ?? {},
    list: list
      ? {
          descending: list.descending === true,
          when: typeof list.when === 'string' ? list.when : null,
          defaultFirst: first ? (valueFromASTUntyped(first) as number) : null,
        }
      : null,
    lookup: lookup ? { notFoundWhen: String(lookup.notFoundWhen), is: String(lookup.is) } : null,
  };
}

export function routingDeclarations(supergraph: string | DocumentNode): RoutingDeclarations {
  const document = typeof supergraph === 'string' ? parse(supergraph) : supergraph;
  const fields = new Map<string, FieldRouting>();
  const entities = new Map<string, Owner>();
  const roots = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.SCHEMA_DEFINITION) {
      for (const root of definition.operationTypes) roots.set(root.operation, root.type.name.value);
    }
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION)
      continue;
    const type: ObjectTypeDefinitionNode | ObjectTypeExtensionNode = definition;
    const owner = ownerOf(type);
    if (owner) entities.set(type.name.value, owner);
    for (const field of type.fields ?? []) {
      const routing = fieldRouting(field);
      if (routing) fields.set(`${type.name.value}.${field.name.value}`, routing);
    }
  }
  return {
    field: (typeName, fieldName) => fields.get(`${typeName}.${fieldName}`),
    entity: (typeName) => entities.get(typeName),
    rootType: (operation) =>
      roots.get(operation) ??
      { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' }[operation],
  };
}
