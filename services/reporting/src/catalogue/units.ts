import { type Identity, signIdentity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';

export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

/** One unit version as the catalogue has it on a given day, with its ancestors and descendants on that day. */
export type UnitNode = {
  code: string;
  name: string;
  level: UnitLevel;
  ancestors: string[];
  children: UnitNode[];
};

type RawUnit = {
  code: string;
  name: string;
  level: UnitLevel;
  parent?: RawUnit | null;
  children?: RawUnit[];
};

const TREE_QUERY = /* GraphQL */ `
  query UnitTree($code: ID!, $asOf: Date!) {
    administrativeUnit(code: $code, asOf: $asOf) {
      code name level
      parent { code name level parent { code name level parent { code name level } } }
      children(asOf: $asOf) {
        code name level
        children(asOf: $asOf) { code name level children(asOf: $asOf) { code name level } }
      }
    }
  }
`;

const SERVICE_IDENTITY: Identity = { sub: 'reporting', role: 'SERVICE', unitCode: null, name: null };

/** A procedure as indicators 3.1 and 3.2 and the form's rows need it. */
export type CatalogueProcedure = {
  code: string;
  levels: UnitLevel[];
  onlineKind: 'FULL_PROCESS' | 'PARTIAL' | 'INFORMATION_ONLY';
  /** Field (lĩnh vực): the rows of Biểu II.06a. */
  field: { code: string; name: string };
};

export type UnitDirectory = {
  /** The unit in force on `asOf` (GSO codes were reused on 1/7/2025, so the day matters); null if unknown. */
  unit: (code: string, asOf: string) => Promise<UnitNode | null>;
  /** Every procedure of the catalogue, current versions. */
  procedures: () => Promise<CatalogueProcedure[]>;
};

const PROCEDURES_QUERY = /* GraphQL */ `
  query Procedures($after: String) {
    procedures(first: 100, after: $after) {
      nodes { code levels onlineLevel field { code name } }
      pageInfo { endCursor hasNextPage }
    }
  }
`;

function toNode(raw: RawUnit, ancestors: string[]): UnitNode {
  return {
    code: raw.code,
    name: raw.name,
    level: raw.level,
    ancestors,
    children: (raw.children ?? []).map((child) => toNode(child, [raw.code, ...ancestors])),
  };
}

function ancestorsOf(raw: RawUnit): string[] {
  const codes: string[] = [];
  for (let parent = raw.parent; parent; parent = parent.parent) codes.push(parent.code);
  return codes;
}

/**
 * The catalogue owns the hierarchy; reporting asks it over HTTP as a SERVICE and keeps answers for a while,
 * because a dashboard asks for the same tree on every load and units change once in a decade.
 */
export function catalogueUnitDirectory(options: {
  url: string;
  identitySecret: string;
  cacheSeconds: number;
  timeoutMs?: number;
}): UnitDirectory {
  const cache = new Map<string, { expires: number; value: Promise<UnitNode | null> }>();
  const ask = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signIdentity(SERVICE_IDENTITY, options.identitySecret),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 3_000),
      });
    } catch {
      throw unavailable();
    }
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: unknown[] };
    if (!response.ok || body.errors?.length || !body.data) throw unavailable();
    return body.data;
  };
  const fetchUnit = async (code: string, asOf: string): Promise<UnitNode | null> => {
    const raw = (await ask<{ administrativeUnit: RawUnit | null }>(TREE_QUERY, { code, asOf }))
      .administrativeUnit;
    return raw ? toNode(raw, ancestorsOf(raw)) : null;
  };
  const fetchProcedures = async (): Promise<CatalogueProcedure[]> => {
    const all: CatalogueProcedure[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = {
        procedures: {
          nodes: Array<{
            code: string;
            levels: UnitLevel[];
            onlineLevel: CatalogueProcedure['onlineKind'];
            field: CatalogueProcedure['field'];
          }>;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      };
      const page: Page = await ask<Page>(PROCEDURES_QUERY, { after });
      for (const node of page.procedures.nodes) {
        all.push({ code: node.code, levels: node.levels, onlineKind: node.onlineLevel, field: node.field });
      }
      const { endCursor, hasNextPage } = page.procedures.pageInfo;
      if (!hasNextPage || !endCursor) return all;
      after = endCursor;
    }
  };
  let procedures: { expires: number; value: Promise<CatalogueProcedure[]> } | null = null;
  return {
    unit: (code, asOf) => {
      const key = `${code}@${asOf}`;
      const cached = cache.get(key);
      if (cached && cached.expires > Date.now()) return cached.value;
      const value = fetchUnit(code, asOf);
      cache.set(key, { expires: Date.now() + options.cacheSeconds * 1000, value });
      // A failure must not be remembered: the next request asks again.
      value.catch(() => cache.delete(key));
      return value;
    },
    procedures: () => {
      if (procedures && procedures.expires > Date.now()) return procedures.value;
      const value = fetchProcedures();
      procedures = { expires: Date.now() + options.cacheSeconds * 1000, value };
      value.catch(() => {
        procedures = null;
      });
      return value;
    },
  };
}

function unavailable() {
  return userError(
    'UNAVAILABLE',
    'Không lấy được danh mục từ hệ thống danh mục, vui lòng thử lại sau',
    'The catalogue is unavailable, please try again later',
  );
}

/** The unit and every unit below it, depth first, the unit itself first. */
export function withDescendants(unit: UnitNode): UnitNode[] {
  return [unit, ...unit.children.flatMap(withDescendants)];
}
