import type { Identity } from '@dvc/identity';
import type { UnitDirectory } from '../catalogue/units';
import type { ReportingDatabase } from '../db';
import { type Figures06a, reports06a } from './report';

const BOARD_IDENTITY: Identity = { sub: 'transparency-board', role: 'SERVICE', unitCode: null, name: null };

const publicFigures = (figures: Figures06a) => ({
  received: figures.received.online + figures.received.inPersonOrPost,
  resolvedEarly: figures.resolved.early,
  resolvedOnTime: figures.resolved.onTime,
  resolvedLate: figures.resolved.late,
  inProgress: figures.inProgress.total,
  onlineRate: figures.onlineRate,
});

/**
 * The openness the article promises: aggregate counts only (no dossier, no name, no comment), for the month and the
 * year up to `on`, for the unit and every unit below it. Read with the board's own identity, never the caller's.
 */
export async function transparencyBoard(
  db: ReportingDatabase,
  units: UnitDirectory,
  unitCode: string,
  on: string,
) {
  const month = { from: `${on.slice(0, 7)}-01`, to: on };
  const year = { from: `${on.slice(0, 4)}-01-01`, to: on };
  const [monthReport, yearReport] = await reports06a(
    db,
    units,
    BOARD_IDENTITY,
    unitCode,
    [month, year],
    true,
  );
  if (!monthReport || !yearReport) throw new Error('a board period produced no report');
  return {
    on,
    total: { unit: monthReport.unit, month: publicFigures(monthReport), year: publicFigures(yearReport) },
    units: monthReport.byUnit.map((row, index) => ({
      unit: row.unit,
      month: publicFigures(row),
      year: publicFigures(yearReport.byUnit[index] ?? row),
    })),
  };
}
