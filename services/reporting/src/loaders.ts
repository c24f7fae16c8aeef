import DataLoader from 'dataloader';
import { type ReceivedFigures, type ReportKey, receivedFigures } from './data/report';
import type { ReportingDatabase } from './db';

const empty: ReceivedFigures = { total: 0, online: 0, inPersonOrPost: 0 };

/** Per-request loaders: the reports of many units for one period cost one query. */
export function createLoaders(db: ReportingDatabase) {
  return {
    received: new DataLoader<ReportKey, ReceivedFigures, string>(
      async (keys) => {
        const periods = new Map<string, ReportKey[]>();
        for (const key of keys) {
          const period = `${key.from}/${key.to}`;
          periods.set(period, [...(periods.get(period) ?? []), key]);
        }
        const results = new Map<string, ReceivedFigures>();
        for (const [period, periodKeys] of periods) {
          const [from, to] = period.split('/') as [string, string];
          const figures = await receivedFigures(
            db,
            periodKeys.map((key) => key.unitCode),
            from,
            to,
          );
          for (const key of periodKeys)
            results.set(`${key.unitCode}@${period}`, figures.get(key.unitCode) ?? empty);
        }
        return keys.map((key) => results.get(`${key.unitCode}@${key.from}/${key.to}`) ?? empty);
      },
      { cacheKeyFn: (key) => `${key.unitCode}@${key.from}/${key.to}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
