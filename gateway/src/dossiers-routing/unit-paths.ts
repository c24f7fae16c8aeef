import { signIdentity } from '@dvc/identity';
import type { PathOf } from './owners';

// Four levels reach from a commune to the top of any hierarchy the catalogue holds.
const UNIT = /* GraphQL */ `
  query UnitPath($code: ID!) { administrativeUnit(code: $code) { code parent { code parent { code parent { code } } } } }
`;

type Chain = { code: string; parent: Chain | null } | null;

/**
 * Units of the registry's instances, looked up in the catalogue to know which instances hold dossiers below a
 * unit. The hierarchy changes a few times a year, so answers are kept a minute; a failed lookup is not kept, and
 * answers null, which makes the instance concerned: asking one instance too many costs time, one too few a list
 * silently missing dossiers.
 */
export function catalogueUnitPaths(options: {
  url: string;
  identitySecret: string;
  timeoutMs: number;
  cacheMs?: number;
}): PathOf {
  const cache = new Map<string, { at: number; path: Promise<readonly string[] | null> }>();
  const lookUp = async (code: string): Promise<readonly string[] | null> => {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signIdentity(
          { sub: 'gateway', role: 'SERVICE', unitCode: null, name: null },
          options.identitySecret,
        ),
      },
      body: JSON.stringify({ query: UNIT, variables: { code } }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const body = (await response.json()) as { data?: { administrativeUnit: Chain } };
    const path: string[] = [];
    for (let unit = body.data?.administrativeUnit ?? null; unit; unit = unit.parent) path.push(unit.code);
    if (path.length === 0) throw new Error(`unit ${code} not found in the catalogue`);
    return path;
  };
  return (code) => {
    const hit = cache.get(code);
    if (hit && Date.now() - hit.at < (options.cacheMs ?? 60_000)) return hit.path;
    const path = lookUp(code).catch(() => {
      cache.delete(code);
      return null;
    });
    cache.set(code, { at: Date.now(), path });
    return path;
  };
}
