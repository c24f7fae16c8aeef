import { describe, expect, it } from 'vitest';
import { catalogueUnderTest } from './helpers';

const SEARCH = `query Search($search: String, $filter: ProcedureFilter, $first: Int, $after: String) {
  procedures(search: $search, filter: $filter, first: $first, after: $after) {
    edges { cursor node { code name field { code } levels onlineLevel } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

type Page = {
  edges: Array<{
    cursor: string;
    node: { code: string; name: string; field: { code: string }; levels: string[]; onlineLevel: string };
  }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

describe('procedure search', () => {
  const catalogue = catalogueUnderTest();
  const search = async (variables: Record<string, unknown>): Promise<Page> => {
    const answer = await catalogue.ask(SEARCH, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data?.procedures as Page;
  };

  it('ranks birth registration first for "khai sinh", "ho tich" and their accented forms', async () => {
    for (const text of ['khai sinh', 'ho tich', 'Khai Sinh', 'hộ tịch', 'KHAI SINH']) {
      const page = await search({ search: text, first: 5 });
      expect(page.edges[0]?.node.code, text).toBe('1.001193');
    }
    const civilStatus = await search({ search: 'ho tich', first: 100 });
    expect(civilStatus.edges.every((edge) => edge.node.field.code === 'ho_tich')).toBe(true);
    expect(civilStatus.totalCount).toBe(15);
  });

  it('finds certification by "chung thuc" and a procedure by the start of its code', async () => {
    const certification = await search({ search: 'chung thuc', first: 20 });
    expect(certification.totalCount).toBeGreaterThanOrEqual(9);
    expect(certification.edges[0]?.node.field.code).toBe('chung_thuc');
    const byCode = await search({ search: '1.001193' });
    expect(byCode.edges[0]?.node.code).toBe('1.001193');
    const byPrefix = await search({ search: '1.0011' });
    expect(byPrefix.edges.every((edge) => edge.node.code.startsWith('1.0011'))).toBe(true);
  });

  it('matches the last word as a prefix while the citizen is still typing', async () => {
    const page = await search({ search: 'ket ho', first: 5 });
    expect(page.edges[0]?.node.name).toMatch(/kết hôn/i);
  });

  it('pages through ranked results without repeats or gaps', async () => {
    const all = await search({ search: 'dang ky', first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await search({ search: 'dang ky', first: 4, after });
      seen.push(...page.edges.map((edge) => edge.node.code));
      expect(page.totalCount).toBe(all.totalCount);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.code));
  });

  it('filters by field, level, unit, online level and fee', async () => {
    const field = await search({ filter: { field: 'chung_thuc' }, first: 100 });
    expect(field.edges.every((edge) => edge.node.field.code === 'chung_thuc')).toBe(true);
    const district = await search({ filter: { level: 'DISTRICT' }, first: 100 });
    expect(district.totalCount).toBeGreaterThan(0);
    expect(district.edges.every((edge) => edge.node.levels.includes('DISTRICT'))).toBe(true);
    const full = await search({ search: 'ho tich', filter: { onlineLevels: ['FULL_PROCESS'] }, first: 100 });
    expect(full.edges.every((edge) => edge.node.onlineLevel === 'FULL_PROCESS')).toBe(true);
    const free = await search({ filter: { free: true }, first: 100 });
    const paid = await search({ filter: { free: false }, first: 100 });
    const everything = await search({ first: 100 });
    expect(free.totalCount + paid.totalCount).toBe(everything.totalCount);
    expect(free.edges.map((edge) => edge.node.code)).toContain('1.001193');
    // Today's communes carry the former district procedures too.
    const commune = await search({ filter: { unitCode: '30226' }, first: 100 });
    expect(commune.totalCount).toBe(everything.totalCount);
  });

  it('refuses a cursor from another listing, an over-long query and an unknown unit', async () => {
    const listing = await search({ first: 2 });
    const mixed = await catalogue.ask(SEARCH, { search: 'ho tich', after: listing.pageInfo.endCursor });
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const long = await catalogue.ask(SEARCH, { search: 'a'.repeat(201) });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unit = await catalogue.ask(SEARCH, { filter: { unitCode: '99999' } });
    expect(unit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('a unit’s procedures and online coverage', () => {
  const catalogue = catalogueUnderTest();

  it('lists what a 2019 commune implements and the share it offered online (indicator 3.1)', async () => {
    const answer = await catalogue.ask(`{
      administrativeUnit(code: "30208", asOf: "2024-03-01") {
        name procedures { code levels onlineLevel }
        coverage: onlineCoverage(on: "2024-03-01") { procedures online fullProcess partial share }
        before: onlineCoverage(on: "2022-01-01") { online share }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const unit = answer.data?.administrativeUnit;
    expect(unit.name).toBe('Thị trấn Lai Vung');
    expect(unit.procedures.every((p: { levels: string[] }) => p.levels.includes('COMMUNE'))).toBe(true);
    const expectedOnline = unit.procedures.filter(
      (p: { onlineLevel: string }) => p.onlineLevel !== 'INFORMATION_ONLY',
    );
    expect(unit.coverage.procedures).toBe(unit.procedures.length);
    expect(unit.coverage.online).toBe(expectedOnline.length);
    expect(unit.coverage.fullProcess + unit.coverage.partial).toBe(unit.coverage.online);
    expect(unit.coverage.share).toBeCloseTo(expectedOnline.length / unit.procedures.length);
    expect(unit.before).toEqual({ online: 0, share: 0 });
  });

  it('names each 2019 commune’s successor after the 2025 merger', async () => {
    const answer = await catalogue.ask(`{
      administrativeUnit(code: "876", asOf: "2019-01-01") { children { code name successors { code name validFrom } } }
    }`);
    const children = answer.data?.administrativeUnit.children;
    expect(children).toHaveLength(12);
    for (const child of children) {
      expect(child.successors.length, child.name).toBeGreaterThan(0);
      expect(child.successors[0].validFrom).toBe('2025-07-01');
    }
  });

  it('refuses a malformed unit code and names an unknown one', async () => {
    const malformed = await catalogue.ask('{ administrativeUnit(code: "abc") { name } }');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await catalogue.ask('{ administrativeUnit(code: "99999") { name } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
