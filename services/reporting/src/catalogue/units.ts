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

export type UnitDirectory = {
  /** The unit in force on `asOf` (GSO codes were reused on 1/7/2025, so the day matters); null if unknown. */
  unit: (code: string, asOf: string) => Promise<UnitNode | null>;
};

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
  const fetchUnit = async (code: string, asOf: string): Promise<UnitNode | null> => {
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signIdentity(SERVICE_IDENTITY, options.identitySecret),
        },
        body: JSON.stringify({ query: TREE_QUERY, variables: { code, asOf } }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 3_000),
      });
    } catch {
      throw userError(
        'UNAVAILABLE',
        'Không lấy được danh mục đơn vị hành chính, vui lòng thử lại sau',
        'The unit catalogue is unavailable, please try again later',
      );
    }
    const body = (await response.json().catch(() => ({}))) as {
      data?: { administrativeUnit: RawUnit | null };
      errors?: unknown[];
    };
    if (!response.ok || body.errors?.length || !body.data) {
      throw userError(
        'UNAVAILABLE',
        'Không lấy được danh mục đơn vị hành chính, vui lòng thử lại sau',
        'The unit catalogue is unavailable, please try again later',
      );
    }
    const raw = body.data.administrativeUnit;
    return raw ? toNode(raw, ancestorsOf(raw)) : null;
  };
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
  };
}

/** The unit and every unit below it, depth first, the unit itself first. */
export function withDescendants(unit: UnitNode): UnitNode[] {
  return [unit, ...unit.children.flatMap(withDescendants)];
}
