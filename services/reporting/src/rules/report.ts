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

/**
 * The columns of Biểu II.06a (Circular 01/2020/TT-VPCP) and what a leader reads beside them. As real one-door
 * systems print the form ("Đúng hạn (bao gồm … trả lại/xin rút)"), withdrawn, stopped and refused-after-receipt
 * dossiers are resolved: on time, or late when their appointment day had passed; so that received (+ transferred
 * in) = resolved + in progress (+ transferred out), and the three are shown beside the form as a breakdown.
 */
export type Figures06a = {
  received: { total: number; online: number; inPersonOrPost: number; carriedOver: number };
  resolved: {
    total: number;
    early: number;
    onTime: number;
    late: number;
    withResult: number;
    finishedOtherwise: number;
  };
  inProgress: { total: number; withinDeadline: number; overdue: number };
  returnedByPost: number;
  withdrawn: number;
  stopped: number;
  refusedAfterReceipt: number;
  transferredIn: number;
  transferredOut: number;
  apologized: number;
  acceptance: { awaiting: number; awaitingOverdue: number; acceptedLate: number };
  onlineRate: number | null;
  onTimeRate: number | null;
};

/** One row of the form: a field (lĩnh vực) at one level, made of the procedures of that field. */
export type FieldRow06a = Omit<Figures06a, 'acceptance'> & {
  level: string;
  field: { code: string; name: string };
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
    total.awaitingAcceptance += figures.awaitingAcceptance;
    total.awaitingAcceptanceOverdue += figures.awaitingAcceptanceOverdue;
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
  const withdrawn = measureTotal(figures, 'WITHDRAWN');
  const stopped = measureTotal(figures, 'STOPPED');
  const refusedAfterReceipt = measureTotal(figures, 'REFUSED_AFTER_RECEIPT');
  const finishedOtherwise = withdrawn + stopped + refusedAfterReceipt;
  const otherwiseLate = measureTotal(figures, 'OTHERWISE_LATE');
  const early = measureTotal(figures, 'RESOLVED_EARLY');
  const onTime = measureTotal(figures, 'RESOLVED_ON_TIME') + finishedOtherwise - otherwiseLate;
  const late = measureTotal(figures, 'RESOLVED_LATE') + otherwiseLate;
  return {
    received: {
      total: online + inPersonOrPost + figures.carriedOver,
      online,
      inPersonOrPost,
      carriedOver: figures.carriedOver,
    },
    resolved: {
      total: early + onTime + late,
      early,
      onTime,
      late,
      withResult: early + onTime + late - finishedOtherwise,
      finishedOtherwise,
    },
    inProgress: {
      total: figures.withinDeadline + figures.overdue,
      withinDeadline: figures.withinDeadline,
      overdue: figures.overdue,
    },
    returnedByPost: measureTotal(figures, 'RETURNED_BY_POST'),
    withdrawn,
    stopped,
    refusedAfterReceipt,
    transferredIn: transfers.in,
    transferredOut: transfers.out,
    apologized: measureTotal(figures, 'APOLOGIZED'),
    acceptance: {
      awaiting: figures.awaitingAcceptance,
      awaitingOverdue: figures.awaitingAcceptanceOverdue,
      acceptedLate: measureTotal(figures, 'ACCEPTED_LATE'),
    },
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

/** The field a procedure belongs to, as the catalogue has it today (a procedure's field does not change). */
const UNKNOWN_FIELD = { code: 'khac', name: 'Khác (thủ tục không có trong danh mục)' };

const LEVEL_ORDER = ['PROVINCE', 'DISTRICT', 'COMMUNE'];

/**
 * The form's own rows (Biểu II.06a lists fields, not units): each field at each level of the report's units, in
 * level then field order. Transfers are per unit's own measures, so a move between two levels shows as transferred
 * out of one row and into another.
 */
export async function fieldRows06a(
  db: ReportingDatabase,
  units: UnitDirectory,
  report: Pick<Report06a, 'from' | 'to' | 'byUnit'>,
): Promise<FieldRow06a[]> {
  const levelOf = new Map(report.byUnit.map((row) => [row.unit.code, row.unit.level]));
  const [figures, procedures] = await Promise.all([
    unitFigures(db, [...levelOf.keys()], [report], { byProcedure: true }),
    units.procedures(),
  ]);
  const fieldOf = new Map(procedures.map((procedure) => [procedure.code, procedure.field]));
  const groups = new Map<
    string,
    { level: string; field: { code: string; name: string }; parts: UnitFigures[] }
  >();
  for (const [key, own] of figures.get(0) ?? new Map<string, UnitFigures>()) {
    const [unitCode = '', procedureCode = ''] = key.split('|');
    const level = levelOf.get(unitCode) ?? 'COMMUNE';
    const field = fieldOf.get(procedureCode) ?? UNKNOWN_FIELD;
    const groupKey = `${level}|${field.code}`;
    const group = groups.get(groupKey) ?? { level, field, parts: [] };
    group.parts.push(own);
    groups.set(groupKey, group);
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
        a.field.name.localeCompare(b.field.name, 'vi'),
    )
    .map((group) => {
      const total = sumFigures(group.parts);
      const { acceptance: _, ...row } = toFigures06a(total, {
        in: measureTotal(total, 'TRANSFERRED_IN'),
        out: measureTotal(total, 'TRANSFERRED_OUT'),
      });
      return { level: group.level, field: group.field, ...row };
    });
}
