import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agencyOfDossierCode, DossiersRegistry } from '@dvc/contracts';
import { Kind, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { supergraphPath } from '../src';
import { DossiersRouter, routingDeclarations } from '../src/dossiers-routing';
import { operationOf, restrictToFields, rootFields } from '../src/dossiers-routing/operation';

const declarations = routingDeclarations(readFileSync(supergraphPath, 'utf8'));

const file = {
  default: 'http://district:4002/graphql',
  instances: [
    {
      name: 'lai-vung',
      url: 'http://lai-vung:4002/graphql',
      units: ['30226'],
      agencyCodes: ['000.00.91.H20'],
    },
  ],
};

describe('the dossiers registry', () => {
  it('sends listed units and their agencies to their instance, everything else to the default', () => {
    const registry = DossiersRegistry.of(file);
    expect(registry.forUnit('30226').name).toBe('lai-vung');
    expect(registry.forUnit('30208').name).toBe('default');
    expect(registry.forDossierCode('000.00.91.H20-261127-0001').name).toBe('lai-vung');
    expect(registry.forDossierCode('000.00.92.H20-261127-0001').name).toBe('default');
    expect(registry.forDossierCode('not-a-code').name).toBe('default');
  });

  it('reads the agency out of a dossier code, sequences past 9999 included', () => {
    expect(agencyOfDossierCode('000.00.30.H17-190725-0001')).toBe('000.00.30.H17');
    expect(agencyOfDossierCode('000.00.30.H17-190725-12345')).toBe('000.00.30.H17');
    expect(agencyOfDossierCode('000.00.30.H17-1907-0001')).toBeNull();
  });

  it('refuses a unit listed for two instances', () => {
    const twice = { ...file, instances: [...file.instances, { ...file.instances[0], name: 'again' }] };
    expect(() => DossiersRegistry.of(twice as typeof file)).toThrow(/30226 is listed for two instances/);
  });

  it('reloads a changed file and keeps the last good one when the new one is invalid', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'registry-')), 'dossiers.json');
    writeFileSync(path, JSON.stringify(file));
    const registry = DossiersRegistry.fromFile(path);
    writeFileSync(
      path,
      JSON.stringify({ ...file, instances: [{ ...file.instances[0], units: ['30226', '30208'] }] }),
    );
    expect(registry.reload()).toEqual({ ok: true });
    expect(registry.forUnit('30208').name).toBe('lai-vung');
    writeFileSync(path, '{ "default": "not a url" }');
    expect(registry.reload()).toMatchObject({ ok: false });
    expect(registry.forUnit('30208').name).toBe('lai-vung');
  });
});

describe('splitting an operation by root field', () => {
  it('keeps only the chosen fields with the variables and fragments they use', () => {
    const document = parse(`
      query Two($a: ID!, $b: ID!, $first: Int) {
        a: dossier(code: $a) { ...Summary }
        b: dossier(code: $b) { code }
        list: dossiers(unitCode: "30226", first: $first) { nodes { code } }
      }
      fragment Summary on Dossier { code status ...Dates }
      fragment Dates on Dossier { receivedAt }
    `);
    const fields = rootFields(operationOf(document)) ?? [];
    const onlyA = print(restrictToFields(document, [fields[0] as never]));
    expect(onlyA).toContain('query Two($a: ID!)');
    expect(onlyA).toContain('fragment Summary on Dossier');
    expect(onlyA).toContain('fragment Dates on Dossier');
    expect(onlyA).not.toContain('$b');
    const bAndList = print(restrictToFields(document, [fields[1] as never, fields[2] as never]));
    expect(bAndList).toContain('query Two($b: ID!, $first: Int)');
    expect(bAndList).not.toContain('fragment');
  });
});

describe('routing a root field', () => {
  it('reads a unit code the gateway printed as an integer literal', async () => {
    const sentTo: string[] = [];
    const router = new DossiersRouter(DossiersRegistry.of(file), declarations, async (instance) => {
      sentTo.push(instance.name);
      return { data: { dossiers: { nodes: [] } } };
    });
    // What the gateway sends for a client's `dossiers(unitCode: "30226")`.
    const query = '{dossiers(unitCode:30226){nodes{code}}}';
    await router.process({
      kind: 'incoming operation',
      request: { query, variables: {} },
      context: {},
    } as never);
    await router.process({
      kind: 'incoming operation',
      request: { query: '{dossiers(unitCode:30208){nodes{code}}}', variables: {} },
      context: {},
    } as never);
    expect(sentTo).toEqual(['lai-vung', 'default']);
  });
});

describe('the routing the dossiers schema declares', () => {
  const schema = parse(
    readFileSync(new URL('../../services/dossiers/src/schema.graphql', import.meta.url), 'utf8'),
  );
  const rootFieldsOf = (type: string) =>
    schema.definitions.flatMap((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === type
        ? (definition.fields ?? []).map((field) => field.name.value)
        : [],
    );

  it('says for every query and mutation how its instance is found', () => {
    const undeclared = ['Query', 'Mutation'].flatMap((type) =>
      rootFieldsOf(type)
        .filter((field) => declarations.field(type, field) === undefined)
        .map((field) => `${type}.${field}`),
    );
    expect(rootFieldsOf('Query').length).toBeGreaterThan(0);
    expect(undeclared).toEqual([]);
  });

  it('reads the declarations the supergraph carries from the dossiers schema', () => {
    expect(declarations.field('Mutation', 'refundPayment')?.owner).toEqual({ payment: 'input.reference' });
    expect(declarations.field('Query', 'dossiers')).toEqual({
      owner: { unit: 'unitCode' },
      list: { descending: false, when: 'filter.includeSubunits', defaultFirst: 20 },
      lookup: null,
    });
    expect(declarations.entity('AdministrativeUnit')).toEqual({ unit: 'code' });
    expect(declarations.rootType('mutation')).toBe('Mutation');
  });
});
