import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import { type UnitDirectory, type UnitNode, withDescendants } from '../catalogue/units';
import {
  boundaryTransfers,
  emptyFigures,
  measureTotal,
  type Period,
  type UnitFigures,
  unitFigures,
} from '../data/figures';
import type { ReportingDatabase } from '../db';
import { assertCanReadReports } from './access';

export type ReportUnit = { code: string; name: string; level: string };

/** The columns of Biểu II.06a and what a leader reads beside them. */
export type Figures06a = {
  received: { total: number; online: number; inPersonOrPost: number; carriedOver: number };
  resolved: { total: number; early: number; onTime: number; late: number };
  inProgress: { total: number; withinDeadline: number; overdue: number };
  returnedByPost: number;
  withdrawn: number;
  stopped: number;
  refusedAfterReceipt: number;
  transferredIn: number;
  transferredOut: number;
  apologized: number;
  onlineRate: number | null;
  onTimeRate: number | null;
};

export type Report06a = Figures06a & {
  from: string;
  to: string;
  unit: ReportUnit;
  includeDescendants: boolean;
  byUnit: Array<Figures06a & { unit: ReportUnit }>;
};

export const ratio = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null;

export function sumFigures(list: readonly UnitFigures[]): UnitFigures {
  const total = emptyFigures();
  for (const figures of list) {
    total.carriedOver += figures.carriedOver;
    total.withinDeadline += figures.withinDeadline;
    total.overdue += figures.overdue;
    for (const [measure, byChannel] of Object.entries(figures.measures)) {
      const key = measure as keyof UnitFigures['measures'];
      const into = total.measures[key] ?? {};
      total.measures[key] = into;
      for (const [channel, amount] of Object.entries(byChannel))
        into[channel] = (into[channel] ?? 0) + amount;
    }
  }
  return total;
}

export function toFigures06a(figures: UnitFigures, transfers: { in: number; out: number }): Figures06a {
  const online = measureTotal(figures, 'RECEIVED', 'ONLINE');
  const inPersonOrPost = measureTotal(figures, 'RECEIVED') - online;
  const early = measureTotal(figures, 'RESOLVED_EARLY');
  const onTime = measureTotal(figures, 'RESOLVED_ON_TIME');
  const late = measureTotal(figures, 'RESOLVED_LATE');
  return {
    received: {
      total: online + inPersonOrPost + figures.carriedOver,
      online,
      inPersonOrPost,
      carriedOver: figures.carriedOver,
    },
    resolved: { total: early + onTime + late, early, onTime, late },
    inProgress: {
      total: figures.withinDeadline + figures.overdue,
      withinDeadline: figures.withinDeadline,
      overdue: figures.overdue,
    },
    returnedByPost: measureTotal(figures, 'RETURNED_BY_POST'),
    withdrawn: measureTotal(figures, 'WITHDRAWN'),
    stopped: measureTotal(figures, 'STOPPED'),
    refusedAfterReceipt: measureTotal(figures, 'REFUSED_AFTER_RECEIPT'),
    transferredIn: transfers.in,
    transferredOut: transfers.out,
    apologized: measureTotal(figures, 'APOLOGIZED'),
    onlineRate: ratio(online, online + inPersonOrPost),
    onTimeRate: ratio(early + onTime, early + onTime + late),
  };
}

export const reportUnit = (unit: UnitNode): ReportUnit => ({
  code: unit.code,
  name: unit.name,
  level: unit.level,
});

/** The unit as it stood on the period's last day (GSO codes were reused on 1/7/2025). */
export async function unitForPeriod(units: UnitDirectory, code: string, to: string): Promise<UnitNode> {
  const unit = await units.unit(code, to);
  if (!unit) {
    throw userError(
      'NOT_FOUND',
      `Không có đơn vị hành chính mã ${code} vào ngày ${to}`,
      `No administrative unit ${code} existed on ${to}`,
    );
  }
  return unit;
}

/**
 * The unit a reader asks about, as it stood on `asOf`, and the units its figures add up (itself, or itself and
 * everything below it); refuses a reader who may not see that unit's reports.
 */
export async function readableUnits(
  units: UnitDirectory,
  identity: Identity,
  code: string,
  asOf: string,
  includeDescendants = true,
): Promise<{ unit: UnitNode; members: UnitNode[]; codes: string[] }> {
  const unit = await unitForPeriod(units, code, asOf);
  assertCanReadReports(identity, unit);
  const members = includeDescendants ? withDescendants(unit) : [unit];
  return { unit, members, codes: members.map((member) => member.code) };
}

/** Biểu 06a for a unit (and its descendants) over several periods at once; checks who is asking first. */
export async function reports06a(
  db: ReportingDatabase,
  units: UnitDirectory,
  identity: Identity,
  code: string,
  periods: readonly Period[],
  includeDescendants: boolean,
): Promise<Report06a[]> {
  // The hierarchy is read as it stood on the last day asked for.
  const last =
    periods
      .map((period) => period.to)
      .sort()
      .at(-1) ?? '';
  const { unit, members, codes } = await readableUnits(units, identity, code, last, includeDescendants);
  const [figures, transfers] = await Promise.all([
    unitFigures(db, codes, periods),
    boundaryTransfers(db, codes, periods),
  ]);
  return periods.map((period, index) => {
    const byUnitFigures = figures.get(index) ?? new Map<string, UnitFigures>();
    const rows = members.map((member) => {
      const own = byUnitFigures.get(member.code) ?? emptyFigures();
      return {
        unit: reportUnit(member),
        ...toFigures06a(own, {
          in: measureTotal(own, 'TRANSFERRED_IN'),
          out: measureTotal(own, 'TRANSFERRED_OUT'),
        }),
      };
    });
    const total = sumFigures(members.map((member) => byUnitFigures.get(member.code) ?? emptyFigures()));
    return {
      from: period.from,
      to: period.to,
      unit: reportUnit(unit),
      includeDescendants,
      ...toFigures06a(total, transfers.get(index) ?? { in: 0, out: 0 }),
      byUnit: rows,
    };
  });
}
