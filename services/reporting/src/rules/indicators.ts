import type { Identity } from '@dvc/identity';
import { and, between, inArray, sql } from 'drizzle-orm';
import type { UnitDirectory } from '../catalogue/units';
import { measureTotal, type Period, proceduresUsedOnline, unitFigures } from '../data/figures';
import type { ReportingDatabase } from '../db';
import { ratings } from '../db/schema';
import { ratio, readableUnits, sumFigures } from './report';

export type Indicator = {
  code: string;
  name: string;
  numerator: number;
  denominator: number;
  rate: number | null;
  score: number;
  maxScore: number;
  cap: number;
};

/**
 * Maximum scores of the indicators we compute (Decision 766/QĐ-TTg groups: progress 20, online services 22,
 * digitisation 22, satisfaction 18; 3.5 and 4.2 need data this system does not hold). Our reading of the annex,
 * not a quotation of it: kept in one place so that it can be corrected against the published text.
 */
const MAX_SCORE: Record<string, number> = {
  '2.1': 10,
  '2.2': 10,
  '3.1': 6,
  '3.2': 4,
  '3.3': 6,
  '3.6': 3,
  '4.1': 11,
  '5.4': 18,
};

/** A capped indicator scores `max × min(rate, cap) ÷ cap` (BRIEF, Decision 766). */
export function cappedScore(maxScore: number, rate: number | null, cap = 1): number {
  if (rate === null) return 0;
  return Math.round(((maxScore * Math.min(Math.max(rate, 0), cap)) / cap) * 100) / 100;
}

function indicator(code: string, name: string, numerator: number, denominator: number, cap = 1): Indicator {
  const rate = ratio(numerator, denominator);
  const maxScore = MAX_SCORE[code] ?? 0;
  return { code, name, numerator, denominator, rate, score: cappedScore(maxScore, rate, cap), maxScore, cap };
}

/** Ratings of 1 or 2 (dissatisfied, very dissatisfied) count against 5.4. */
const BAD_RATING = 2;

export async function serviceIndex(
  db: ReportingDatabase,
  units: UnitDirectory,
  identity: Identity,
  code: string,
  period: Period,
) {
  const { members, codes } = await readableUnits(units, identity, code, period.to);
  const levels = new Set(members.map((member) => member.level));
  const figures = sumFigures([...((await unitFigures(db, codes, [period])).get(0)?.values() ?? [])]);
  const early = measureTotal(figures, 'RESOLVED_EARLY');
  const onTime = measureTotal(figures, 'RESOLVED_ON_TIME');
  const late = measureTotal(figures, 'RESOLVED_LATE');
  const resolved = early + onTime + late;
  const inProgress = figures.withinDeadline + figures.overdue;
  const received = measureTotal(figures, 'RECEIVED');
  const online = measureTotal(figures, 'RECEIVED', 'ONLINE');
  const [rated] = await db
    .select({
      bad: sql<number>`count(*) filter (where ${ratings.level} <= ${BAD_RATING})::int`,
    })
    .from(ratings)
    .where(and(inArray(ratings.unitCode, codes), between(ratings.finishedOn, period.from, period.to)));
  const handled = resolved + inProgress;
  const late54 = late + figures.overdue;
  const bad = rated?.bad ?? 0;
  const indicators: Indicator[] = [
    indicator(
      '2.1',
      'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn',
      early + onTime + figures.withinDeadline,
      handled,
    ),
  ];
  // 2.2: the share of the allowed time the completed dossiers actually used; at or under 100% scores full.
  const used = Math.round(measureTotal(figures, 'PROCESSING_MINUTES') / 60);
  const allowed = Math.round(measureTotal(figures, 'ALLOWED_MINUTES') / 60);
  const usedShare = ratio(used, allowed);
  indicators.push({
    code: '2.2',
    name: 'Thời gian giải quyết hồ sơ đã hoàn thành so với thời gian quy định (giờ)',
    numerator: used,
    denominator: allowed,
    rate: usedShare,
    score:
      usedShare === null ? 0 : cappedScore(MAX_SCORE['2.2'] ?? 0, Math.min(1, 1 / Math.max(usedShare, 1e-9))),
    maxScore: MAX_SCORE['2.2'] ?? 0,
    cap: 1,
  });
  // 3.1 and 3.2 read the catalogue as it is today: it keeps no history of online levels.
  const catalogue = (await units.procedures()).filter((procedure) =>
    procedure.levels.some((level) => levels.has(level)),
  );
  const offered = catalogue.filter((procedure) => procedure.onlineKind !== 'INFORMATION_ONLY');
  const usedOnline = await proceduresUsedOnline(db, codes, period);
  indicators.push(
    indicator(
      '3.1',
      'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến (toàn trình, một phần)',
      offered.length,
      catalogue.length,
      0.8,
    ),
    indicator(
      '3.2',
      'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến',
      offered.filter((procedure) => usedOnline.has(procedure.code)).length,
      offered.length,
    ),
  );
  indicators.push(
    indicator('3.3', 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', online, received, 0.5),
    indicator(
      '3.6',
      'Tỷ lệ hồ sơ thanh toán trực tuyến trên hồ sơ có phí, lệ phí',
      measureTotal(figures, 'PAID_ONLINE'),
      measureTotal(figures, 'FEE_BEARING'),
    ),
    indicator('4.1', 'Tỷ lệ hồ sơ cấp kết quả điện tử', measureTotal(figures, 'ELECTRONIC_RESULT'), resolved),
  );
  const dissatisfaction = handled > 0 ? Math.max(0, handled - late54 - bad) : 0;
  indicators.push(
    indicator(
      '5.4',
      'Mức độ hài lòng (100% − tỷ lệ trễ hạn − tỷ lệ phản ánh, đánh giá không hài lòng)',
      dissatisfaction,
      handled,
      0.9,
    ),
  );
  const total = Math.round(indicators.reduce((sum, item) => sum + item.score, 0) * 100) / 100;
  const maxTotal = indicators.reduce((sum, item) => sum + item.maxScore, 0);
  return { from: period.from, to: period.to, indicators, total, maxTotal };
}
