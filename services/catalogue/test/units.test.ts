import type { Identity } from '@dvc/identity';
import { createTestDatabase, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogueConfig } from '../src/config';
import { startCatalogue } from '../src/service';

const anonymous: Identity = { sub: null, role: 'ANONYMOUS', unitCode: null, name: null };

describe('administrative units', () => {
  let service: Awaited<ReturnType<typeof startCatalogue>>;
  const ask = (query: string) =>
    subgraphRequest(service.url, query, { identity: anonymous, secret: TEST_IDENTITY_SECRET });

  beforeAll(async () => {
    const url = await createTestDatabase('catalogue');
    service = await startCatalogue(
      loadCatalogueConfig({
        DATABASE_URL: url,
        IDENTITY_SECRET: TEST_IDENTITY_SECRET,
        PORT: '0',
        LOG_LEVEL: 'silent',
      }),
    );
  });
  afterAll(async () => service?.stop());

  it('answers the 2019 map: Lai Vung district with its 12 communes and town', async () => {
    const answer = await ask(`{
      administrativeUnit(code: "876", asOf: "2019-07-25") {
        name level validTo parent { code name }
        children { code name kind }
      }
    }`);
    const district = answer.data?.administrativeUnit;
    expect(district).toMatchObject({ name: 'Huyện Lai Vung', level: 'DISTRICT', validTo: '2025-06-30' });
    expect(district.parent).toEqual({ code: '87', name: 'Tỉnh Đồng Tháp' });
    expect(district.children).toHaveLength(12);
    expect(district.children[0]).toEqual({ code: '30208', name: 'Thị trấn Lai Vung', kind: 'Thị trấn' });
  });

  it('answers today’s map: a reused code means the new commune, with its predecessors', async () => {
    const answer = await ask(`{
      administrativeUnit(code: "30208") { name validFrom predecessors { code name validTo } }
      old: administrativeUnit(code: "30208", asOf: "2025-06-30") { name successors { code name } }
    }`);
    expect(answer.data?.administrativeUnit.name).toBe('Xã Hòa Long');
    expect(answer.data?.administrativeUnit.validFrom).toBe('2025-07-01');
    expect(answer.data?.administrativeUnit.predecessors.map((unit: { name: string }) => unit.name)).toEqual(
      expect.arrayContaining(['Thị trấn Lai Vung', 'Xã Long Hậu', 'Xã Hòa Long', 'Xã Long Thắng']),
    );
    expect(answer.data?.old).toEqual({
      name: 'Thị trấn Lai Vung',
      successors: [{ code: '30208', name: 'Xã Hòa Long' }],
    });
  });

  it('keeps answering for a dissolved unit referenced by its code', async () => {
    const answer = await ask('{ administrativeUnit(code: "876") { name validTo } }');
    expect(answer.data?.administrativeUnit).toEqual({ name: 'Huyện Lai Vung', validTo: '2025-06-30' });
  });

  it('refuses a malformed date with a message that shows the expected form', async () => {
    const literal = await ask('{ administrativeUnit(code: "876", asOf: "25/07/2019") { name } }');
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    const variable = await subgraphRequest(
      service.url,
      'query Unit($at: Date) { administrativeUnit(code: "876", asOf: $at) { name } }',
      { identity: anonymous, secret: TEST_IDENTITY_SECRET, variables: { at: '2019-02-30' } },
    );
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.data).toBeUndefined();
  });
});

describe('procedures', () => {
  let service: Awaited<ReturnType<typeof startCatalogue>>;
  const ask = (query: string, variables?: Record<string, unknown>) =>
    subgraphRequest(service.url, query, { identity: anonymous, secret: TEST_IDENTITY_SECRET, variables });

  beforeAll(async () => {
    const url = await createTestDatabase('catalogue');
    service = await startCatalogue(
      loadCatalogueConfig({
        DATABASE_URL: url,
        IDENTITY_SECRET: TEST_IDENTITY_SECRET,
        PORT: '0',
        LOG_LEVEL: 'silent',
      }),
    );
  });
  afterAll(async () => service?.stop());

  it('pages through every procedure once, in code order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const answer = await ask(
        'query Page($after: String) { procedures(first: 7, after: $after) { nodes { code } endCursor hasNextPage } }',
        { after },
      );
      const page = answer.data?.procedures;
      seen.push(...page.nodes.map((node: { code: string }) => node.code));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen.length).toBeGreaterThanOrEqual(40);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
  });

  it('describes a procedure with its online level in both vocabularies', async () => {
    const answer = await ask(
      '{ procedure(code: "1.001193") { name field { code name } version onlineLevel legacyLevel } }',
    );
    expect(answer.data?.procedure).toMatchObject({
      field: { code: 'ho_tich', name: 'Hộ tịch' },
      version: 1,
      onlineLevel: 'FULL_PROCESS',
    });
    expect(answer.data?.procedure.name).toMatch(/khai sinh/i);
    expect([3, 4]).toContain(answer.data?.procedure.legacyLevel);
  });

  it('refuses a page size out of range', async () => {
    const answer = await ask('{ procedures(first: 500) { nodes { code } } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
