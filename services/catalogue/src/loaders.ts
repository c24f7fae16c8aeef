import DataLoader from 'dataloader';
import { currentProcedures } from './data/procedures';
import { pickVersion, type UnitVersion, unitVersionsByCode, unitVersionsByParent } from './data/units';
import type { CatalogueDatabase } from './db';

export type UnitKey = { code: string; at: string; latestIfNone: boolean };

/** Per-request loaders: every entity reference and list-child field of one request costs one query per kind. */
export function createLoaders(db: CatalogueDatabase) {
  return {
    unit: new DataLoader<UnitKey, UnitVersion | null, string>(
      async (keys) => {
        const versions = await unitVersionsByCode(db, [...new Set(keys.map((key) => key.code))]);
        return keys.map((key) => pickVersion(versions.get(key.code), key.at, key.latestIfNone));
      },
      { cacheKeyFn: (key) => `${key.code}@${key.at}:${key.latestIfNone}` },
    ),
    children: new DataLoader<{ code: string; at: string }, UnitVersion[], string>(
      async (keys) => {
        const byParent = await unitVersionsByParent(db, [...new Set(keys.map((key) => key.code))]);
        return keys.map((key) =>
          (byParent.get(key.code) ?? []).filter(
            (unit) => unit.validFrom <= key.at && (unit.validTo === null || unit.validTo >= key.at),
          ),
        );
      },
      { cacheKeyFn: (key) => `${key.code}@${key.at}` },
    ),
    procedure: new DataLoader(async (codes: readonly string[]) => {
      const found = await currentProcedures(db, codes);
      return codes.map((code) => found.get(code) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
