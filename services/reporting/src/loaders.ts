import type { Identity } from '@dvc/identity';
import DataLoader from 'dataloader';
import type { UnitDirectory } from './catalogue/units';
import type { Period } from './data/figures';
import type { ReportingDatabase } from './db';
import { type UnitFreshness, unitsFreshness } from './rules/freshness';
import { type Report06a, reports06a } from './rules/report';

export type ReportKey = { unitCode: string; periods: Period[]; includeDescendants: boolean };

const keyOf = (key: ReportKey) =>
  `${key.unitCode}|${key.includeDescendants}|${key.periods.map((period) => `${period.from}/${period.to}`).join(',')}`;

/**
 * Per-request loaders: the same report asked twice in one operation (aliases, several entities of one unit) is
 * computed once; each distinct report costs two queries over the counters whatever its number of periods.
 */
export function createLoaders(
  db: ReportingDatabase,
  units: UnitDirectory,
  identity: Identity,
  freshness: { now: Date; staleAfterSeconds: number },
) {
  return {
    /** Every unit of one answer is checked against one read of the heartbeats. */
    freshness: new DataLoader<string, UnitFreshness>(async (codes) => {
      const byCode = await unitsFreshness(db, codes, freshness.now, freshness.staleAfterSeconds);
      return codes.map((code) => byCode.get(code) as UnitFreshness);
    }),
    reports: new DataLoader<ReportKey, Report06a[] | Error, string>(
      async (keys) =>
        Promise.all(
          keys.map((key) =>
            reports06a(db, units, identity, key.unitCode, key.periods, key.includeDescendants).catch(
              (error: Error) => error,
            ),
          ),
        ),
      { cacheKeyFn: keyOf },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
