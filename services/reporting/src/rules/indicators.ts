import type { Identity } from '@dvc/identity';
import { and, between, eq, inArray, ne, sql } from 'drizzle-orm';
import type { UnitDirectory } from '../catalogue/units';
import { measureTotal, type Period, proceduresUsedOnline, unitFigures } from '../data/figures';
import type { ReportingDatabase } from '../db';
import { dossierState, ratings } from '../db/schema';
import { ratio, readableUnits, sumFigures, toFigures06a } from './report';

export type Indicator = {
  code: string;
  name: string;
  numerator: number;
  denominator: number;
  rate: number | null;
  score: number;
  maxScore: number;
  cap: number;
  scored: boolean;
  confirmed: boolean;
  source: string;
};

/**
 * How each indicator is scored, and where that comes from. What we could read in public text (November 2026):
 * Decision 766/QĐ-TTg (23/6/2022) sets five groups (công khai minh bạch; tiến độ, kết quả giải quyết; số hóa hồ sơ;
 * cung cấp dịch vụ trực tuyến; mức độ hài lòng), "mức độ hài lòng" 18 of 100 points, and the satisfaction formula
 * quoted under 5.4 (summaries of the decision: vietjack.me "Quyết định 766/QĐ-TTg", lamdong.dcs.vn "Chỉ số đánh giá
 * chất lượng phục vụ người dân khi thực hiện TTHC", 6/7/2022). The annex itself and the national dashboard's method
 * page (dichvucong.gov.vn) were not readable from here: the weights below follow what issue 18 reports the
 * national dashboard publishes (progress 20 on 2.1, 2.2 shown unscored, online services 12, online payment 10,
 * e-result 6, dossier satisfaction 6), and every indicator says in the API whether it is confirmed.
 */
type Definition = {
  name: string;
  maxScore: number;
  cap: number;
  confirmed: boolean;
  source: string;
};

const UNCONFIRMED = 'chưa đối chiếu được với phụ lục Quyết định 766 / not checked against the annex';

const DEFINITIONS: Record<string, Definition> = {
  '2.1': {
    name: 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn',
    maxScore: 20,
    cap: 1,
    confirmed: false,
    source: `Cổng DVC quốc gia, nhóm Tiến độ giải quyết (20 điểm): (trước hạn + đúng hạn, gồm hồ sơ rút/dừng/từ chối đúng hẹn, + đang giải quyết trong hạn) ÷ hồ sơ tiếp nhận (theo issue 18); ${UNCONFIRMED}`,
  },
  '2.2': {
    name: 'Thời gian giải quyết trung bình hồ sơ đã hoàn thành (giờ)',
    maxScore: 0,
    cap: 1,
    confirmed: false,
    source: `Cổng DVC quốc gia: hiển thị, không chấm điểm (theo issue 18); giờ từ tiếp nhận đến hoàn thành, trừ thời gian chờ bổ sung; ${UNCONFIRMED}`,
  },
  '3.1': {
    name: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến (toàn trình, một phần)',
    maxScore: 4,
    cap: 0.8,
    confirmed: false,
    source: `Nhóm Dịch vụ công trực tuyến (12 điểm, theo issue 18), chia đều cho 3.1–3.3; đạt đủ điểm ở 80% (BRIEF); ${UNCONFIRMED}`,
  },
  '3.2': {
    name: 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến',
    maxScore: 4,
    cap: 1,
    confirmed: false,
    source: `Nhóm Dịch vụ công trực tuyến (12 điểm, theo issue 18), chia đều cho 3.1–3.3; ${UNCONFIRMED}`,
  },
  '3.3': {
    name: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến',
    maxScore: 4,
    cap: 0.5,
    confirmed: false,
    source: `Nhóm Dịch vụ công trực tuyến (12 điểm, theo issue 18), chia đều cho 3.1–3.3; đạt đủ điểm ở 50% (BRIEF); ${UNCONFIRMED}`,
  },
  '3.6': {
    name: 'Tỷ lệ hồ sơ thanh toán trực tuyến trên hồ sơ có phí, lệ phí',
    maxScore: 5,
    cap: 1,
    confirmed: false,
    source: `Nhóm Thanh toán trực tuyến (10 điểm, theo issue 18), nửa cho 3.5 (không tính được: hệ thống không giữ danh mục thu phí trực tuyến) và nửa cho 3.6; tử số và mẫu số cùng tính theo ngày hồ sơ phát sinh phí; ${UNCONFIRMED}`,
  },
  '4.1': {
    name: 'Tỷ lệ hồ sơ cấp kết quả điện tử',
    maxScore: 6,
    cap: 1,
    confirmed: false,
    source: `Nhóm Số hóa hồ sơ, cấp kết quả điện tử 6 điểm (theo issue 18); mẫu số: hồ sơ đã giải quyết có kết quả của thủ tục cấp kết quả giấy (mọi thủ tục trong danh mục đều cấp giấy tờ kết quả); ${UNCONFIRMED}`,
  },
  '5.4': {
    name: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC',
    maxScore: 6,
    cap: 0.9,
    confirmed: false,
    source: `Quyết định 766/QĐ-TTg (tóm tắt công khai, lamdong.dcs.vn 6/7/2022): (tổng số hồ sơ − số hồ sơ không hài lòng hoặc có phản ánh, kiến nghị về tiếp nhận, giải quyết, quá hạn) ÷ tổng số hồ sơ có thẩm quyền giải quyết, mỗi hồ sơ trừ một lần — công thức đã đối chiếu; 6 điểm (theo issue 18) và đạt đủ ở 90% (BRIEF) ${UNCONFIRMED}`,
  },
};

/** A capped indicator scores `max × min(rate, cap) ÷ cap` (BRIEF, Decision 766). */
export function cappedScore(maxScore: number, rate: number | null, cap = 1): number {
  if (rate === null) return 0;
  return Math.round(((maxScore * Math.min(Math.max(rate, 0), cap)) / cap) * 100) / 100;
}

function indicator(code: string, numerator: number, denominator: number): Indicator {
  const definition = DEFINITIONS[code];
  if (!definition) throw new Error(`indicator ${code} has no definition`);
  const rate = ratio(numerator, denominator);
  const { name, maxScore, cap, confirmed, source } = definition;
  return {
    code,
    name,
    numerator,
    denominator,
    rate,
    score: cappedScore(maxScore, rate, cap),
    maxScore,
    cap,
    scored: maxScore > 0,
    confirmed,
    source,
  };
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
  // The form's figures: withdrawn, stopped and refused-after-receipt are finished, on time unless late.
  const form = toFigures06a(figures, { in: 0, out: 0 });
  const handled = form.resolved.total + form.inProgress.total;
  const received = measureTotal(figures, 'RECEIVED');
  const online = measureTotal(figures, 'RECEIVED', 'ONLINE');
  // Badly rated dossiers that are not already late: 5.4 takes each dossier away once.
  const [rated] = await db
    .select({ bad: sql<number>`count(*)::int` })
    .from(ratings)
    .innerJoin(dossierState, eq(dossierState.code, ratings.dossierCode))
    .where(
      and(
        inArray(ratings.unitCode, codes),
        between(ratings.finishedOn, period.from, period.to),
        sql`${ratings.level} <= ${BAD_RATING}`,
        ne(dossierState.outcome, 'LATE'),
      ),
    );
  const lateOrOverdue = form.resolved.late + form.inProgress.overdue;
  const dissatisfied = lateOrOverdue + (rated?.bad ?? 0);

  // 3.1 and 3.2 read the catalogue as it is today: it keeps no history of online levels.
  const catalogue = (await units.procedures()).filter((procedure) =>
    procedure.levels.some((level) => levels.has(level)),
  );
  const offered = catalogue.filter((procedure) => procedure.onlineKind !== 'INFORMATION_ONLY');
  const usedOnline = await proceduresUsedOnline(db, codes, period);
  const hours = Math.round(measureTotal(figures, 'PROCESSING_MINUTES') / 60);

  const indicators: Indicator[] = [
    indicator('2.1', form.resolved.early + form.resolved.onTime + form.inProgress.withinDeadline, handled),
    // Shown, not scored: the rate is the average in hours.
    indicator('2.2', hours, form.resolved.withResult),
    indicator('3.1', offered.length, catalogue.length),
    indicator('3.2', offered.filter((procedure) => usedOnline.has(procedure.code)).length, offered.length),
    indicator('3.3', online, received),
    indicator('3.6', measureTotal(figures, 'PAID_ONLINE'), measureTotal(figures, 'FEE_BEARING')),
    indicator('4.1', measureTotal(figures, 'ELECTRONIC_RESULT'), form.resolved.withResult),
    indicator('5.4', handled > 0 ? Math.max(0, handled - dissatisfied) : 0, handled),
  ];
  const total = Math.round(indicators.reduce((sum, item) => sum + item.score, 0) * 100) / 100;
  const maxTotal = indicators.reduce((sum, item) => sum + item.maxScore, 0);
  return { from: period.from, to: period.to, indicators, total, maxTotal };
}
