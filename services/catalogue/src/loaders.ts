import DataLoader from 'dataloader';
import { allCalendarYears } from './data/calendar';
import { formsById } from './data/forms';
import { onlineApprovalsOn } from './data/online';
import { currentProcedures, type ProcedureVersion, procedureVersionsByKey } from './data/procedures';
import { pickVersion, type UnitVersion, unitVersionsByCode, unitVersionsByParent } from './data/units';
import type { CatalogueDatabase } from './db';
import { buildWorkingCalendar } from './rules/working-time';

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
    procedureVersion: new DataLoader<{ code: string; version: number }, ProcedureVersion | null, string>(
      async (keys) => {
        const found = await procedureVersionsByKey(db, keys);
        return keys.map((key) => found.get(`${key.code}@${key.version}`) ?? null);
      },
      { cacheKeyFn: (key) => `${key.code}@${key.version}` },
    ),
    form: new DataLoader(async (ids: readonly string[]) => {
      const found = await formsById(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** The whole calendar (a few hundred dates) once per request: every deadline of the request reads it. */
    calendar: new DataLoader(async (keys: readonly 'all'[]) => {
      const calendar = buildWorkingCalendar(await allCalendarYears(db));
      return keys.map(() => calendar);
    }),
    onlineApprovals: new DataLoader<{ unitCode: string; on: string }, Set<string>, string>(
      async (keys) => {
        const results = new Map<string, Set<string>>();
        for (const on of new Set(keys.map((key) => key.on))) {
          const codes = keys.filter((key) => key.on === on).map((key) => key.unitCode);
          const byUnit = await onlineApprovalsOn(db, [...new Set(codes)], on);
          for (const code of codes) {
            results.set(`${code}@${on}`, new Set((byUnit.get(code) ?? []).map((row) => row.procedureCode)));
          }
        }
        return keys.map((key) => results.get(`${key.unitCode}@${key.on}`) ?? new Set());
      },
      { cacheKeyFn: (key) => `${key.unitCode}@${key.on}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
