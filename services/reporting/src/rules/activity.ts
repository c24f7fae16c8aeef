import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import { and, asc, between, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { UnitDirectory } from '../catalogue/units';
import { emptyFigures, measureTotal, type Period, unitFigures } from '../data/figures';
import type { ReportingDatabase } from '../db';
import { dossierState, ratings, targets, volunteerDaily } from '../db/schema';
import { vietnamDay } from '../projections/fold';
import { assertCanSetTargets } from './access';
import { ratio, readableUnits, reportUnit, unitForPeriod } from './report';

/** The article's goals when nothing is configured for a unit: 40% online at the district desk, 30% at communes. */
const DEFAULT_ONLINE_TARGET: Record<string, number> = { DISTRICT: 0.4, COMMUNE: 0.3 };

/** Online share of each unit's own desk against its target for the period. */
export async function targetProgress(
  db: ReportingDatabase,
  units: UnitDirectory,
  identity: Identity,
  code: string,
  period: Period,
) {
  const { members, codes } = await readableUnits(units, identity, code, period.to);
  const figures = (await unitFigures(db, codes, [period])).get(0);
  const configured = await db
    .select()
    .from(targets)
    .where(
      and(
        inArray(targets.unitCode, codes),
        eq(targets.indicator, 'ONLINE_RATE'),
        lte(targets.validFrom, period.to),
        or(isNull(targets.validTo), gte(targets.validTo, period.from)),
      ),
    )
    .orderBy(desc(targets.validFrom));
  return members.map((member) => {
    const own = figures?.get(member.code) ?? emptyFigures();
    const received = measureTotal(own, 'RECEIVED');
    const online = measureTotal(own, 'RECEIVED', 'ONLINE');
    const set = configured.find((row) => row.unitCode === member.code);
    const target = set?.rate ?? DEFAULT_ONLINE_TARGET[member.level] ?? null;
    const actual = ratio(online, received);
    return {
      unit: reportUnit(member),
      indicator: 'ONLINE_RATE',
      target,
      configured: Boolean(set),
      actual,
      online,
      received,
      met: target !== null && actual !== null ? actual >= target : null,
      /** Online dossiers still missing to reach the target over the same number received. */
      shortfall: target !== null ? Math.max(0, Math.ceil(target * received - online)) : null,
    };
  });
}

export async function setTarget(
  db: ReportingDatabase,
  units: UnitDirectory,
  identity: Identity,
  input: { unitCode: string; rate: number; validFrom: string; validTo: string | null },
) {
  if (!(input.rate > 0 && input.rate <= 1)) {
    throw userError(
      'BAD_USER_INPUT',
      'Chỉ tiêu phải lớn hơn 0 và không quá 1 (100%)',
      'A target is a rate in (0, 1]',
    );
  }
  if (input.validTo && input.validTo < input.validFrom) {
    throw userError(
      'BAD_USER_INPUT',
      'Ngày kết thúc phải sau ngày bắt đầu',
      '`validTo` must not be before `validFrom`',
    );
  }
  const unit = await unitForPeriod(units, input.unitCode, input.validFrom);
  assertCanSetTargets(identity, unit);
  const row = {
    unitCode: input.unitCode,
    indicator: 'ONLINE_RATE',
    validFrom: input.validFrom,
    validTo: input.validTo,
    rate: input.rate,
    setBy: identity.sub ?? identity.role,
  };
  await db
    .insert(targets)
    .values(row)
    .onConflictDoUpdate({
      target: [targets.unitCode, targets.indicator, targets.validFrom],
      set: { validTo: row.validTo, rate: row.rate, setBy: row.setBy, setAt: sql`now()` },
    });
  return { ...row, unit: reportUnit(unit) };
}

/** Monday of the ISO week of a day. */
function weekStart(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** The "students accompany citizens" model: who helped, where, how many, and what it did to the online share. */
export async function volunteerActivity(
  db: ReportingDatabase,
  units: UnitDirectory,
  identity: Identity,
  code: string,
  period: Period,
) {
  const { members, codes } = await readableUnits(units, identity, code, period.to);
  const rows = await db
    .select()
    .from(volunteerDaily)
    .where(and(inArray(volunteerDaily.unitCode, codes), between(volunteerDaily.day, period.from, period.to)))
    .orderBy(asc(volunteerDaily.day));
  const starts = await db
    .select({ unitCode: volunteerDaily.unitCode, first: sql<string>`min(${volunteerDaily.day})::text` })
    .from(volunteerDaily)
    .where(inArray(volunteerDaily.unitCode, codes))
    .groupBy(volunteerDaily.unitCode);
  const startOf = new Map(starts.map((row) => [row.unitCode, row.first]));
  const figures = (await unitFigures(db, codes, [period])).get(0);
  const byVolunteer = new Map<string, { volunteer: string; unitCode: string; assisted: number }>();
  const byWeek = new Map<string, number>();
  const byUnit = new Map<string, number>();
  let assisted = 0;
  let assistedOnline = 0;
  for (const row of rows) {
    assisted += row.count;
    if (row.channel === 'ONLINE') assistedOnline += row.count;
    const key = `${row.unitCode}|${row.volunteer}`;
    const entry = byVolunteer.get(key) ?? { volunteer: row.volunteer, unitCode: row.unitCode, assisted: 0 };
    entry.assisted += row.count;
    byVolunteer.set(key, entry);
    byWeek.set(weekStart(row.day), (byWeek.get(weekStart(row.day)) ?? 0) + row.count);
    byUnit.set(row.unitCode, (byUnit.get(row.unitCode) ?? 0) + row.count);
  }
  let online = 0;
  for (const member of members)
    online += measureTotal(figures?.get(member.code) ?? emptyFigures(), 'RECEIVED', 'ONLINE');
  const unitRows = await Promise.all(
    members.map(async (member) => {
      const started = startOf.get(member.code) ?? null;
      let before: number | null = null;
      let after: number | null = null;
      if (started && started > period.from && started <= period.to) {
        const [pre, post] = await Promise.all([
          unitFigures(db, [member.code], [{ from: period.from, to: dayBefore(started) }]),
          unitFigures(db, [member.code], [{ from: started, to: period.to }]),
        ]);
        const share = (result: typeof pre) => {
          const own = result.get(0)?.get(member.code) ?? emptyFigures();
          return ratio(measureTotal(own, 'RECEIVED', 'ONLINE'), measureTotal(own, 'RECEIVED'));
        };
        before = share(pre);
        after = share(post);
      }
      const own = figures?.get(member.code) ?? emptyFigures();
      return {
        unit: reportUnit(member),
        assisted: byUnit.get(member.code) ?? 0,
        volunteers: [...byVolunteer.values()].filter((entry) => entry.unitCode === member.code).length,
        modelStartedOn: started,
        onlineRate: ratio(measureTotal(own, 'RECEIVED', 'ONLINE'), measureTotal(own, 'RECEIVED')),
        onlineRateBefore: before,
        onlineRateAfter: after,
      };
    }),
  );
  return {
    from: period.from,
    to: period.to,
    assisted,
    assistedOnline,
    onlineReceived: online,
    assistedShareOfOnline: ratio(assistedOnline, online),
    volunteers: byVolunteer.size,
    byUnit: unitRows,
    byVolunteer: [...byVolunteer.values()]
      .sort((a, b) => b.assisted - a.assisted)
      .map((entry) => ({ volunteer: entry.volunteer, unitCode: entry.unitCode, assisted: entry.assisted })),
    byWeek: [...byWeek.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([week, count]) => ({ weekStart: week, assisted: count })),
  };
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export const SATISFACTION_LEVELS = {
  VERY_SATISFIED: 5,
  SATISFIED: 4,
  NEUTRAL: 3,
  DISSATISFIED: 2,
  VERY_DISSATISFIED: 1,
} as const;
export type SatisfactionLevel = keyof typeof SATISFACTION_LEVELS;
const LEVEL_NAMES = Object.fromEntries(
  Object.entries(SATISFACTION_LEVELS).map(([name, level]) => [level, name]),
);

const FINISHED = ['RESOLVED', 'RETURNED'];

/**
 * A citizen rates their own finished dossier. Events carry no personal data, so ownership comes from the opaque
 * account id the submission event carries (`applicantAccount`, the token's subject): only dossiers filed online
 * from a citizen's account can be rated here. One rating per dossier, changeable for `changeDays` days.
 */
export async function rateDossier(
  db: ReportingDatabase,
  identity: Identity,
  input: { code: string; rating: SatisfactionLevel; comment: string | null },
  changeDays: number,
  now: Date = new Date(),
) {
  if (identity.role !== 'CITIZEN' || !identity.sub) {
    throw userError(
      identity.role === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      'Chỉ công dân đã đăng nhập mới đánh giá được hồ sơ của mình',
      'Only a signed-in citizen can rate their own dossier',
    );
  }
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > 1000) {
    throw userError(
      'BAD_USER_INPUT',
      'Ý kiến dài tối đa 1000 ký tự',
      'A comment has at most 1000 characters',
    );
  }
  const [dossier] = await db.select().from(dossierState).where(eq(dossierState.code, input.code));
  if (!dossier || dossier.applicantAccount !== identity.sub) {
    throw userError(
      'NOT_FOUND',
      `Không tìm thấy hồ sơ ${input.code} của bạn`,
      `No dossier ${input.code} of yours`,
    );
  }
  if (!FINISHED.includes(dossier.status)) {
    throw userError(
      'CONFLICT',
      'Chỉ đánh giá được hồ sơ đã giải quyết xong',
      'Only a dossier whose processing has finished can be rated',
    );
  }
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(ratings)
      .where(eq(ratings.dossierCode, input.code))
      .for('update');
    const firstRatedAt = existing?.firstRatedAt ?? now.toISOString();
    const changeableUntil = new Date(Date.parse(firstRatedAt) + changeDays * 86_400_000);
    if (existing && now > changeableUntil) {
      throw userError(
        'CONFLICT',
        `Đã quá ${changeDays} ngày kể từ lần đánh giá đầu, không thể thay đổi`,
        `A rating can be changed for ${changeDays} days after it was first given`,
      );
    }
    const row = {
      dossierCode: input.code,
      unitCode: dossier.unitCode,
      finishedOn: vietnamDay(dossier.finishedAt ?? now.toISOString()),
      level: SATISFACTION_LEVELS[input.rating],
      comment,
      ratedBy: identity.sub as string,
      firstRatedAt,
      ratedAt: now.toISOString(),
    };
    await tx
      .insert(ratings)
      .values(row)
      .onConflictDoUpdate({
        target: ratings.dossierCode,
        set: { level: row.level, comment: row.comment, ratedAt: row.ratedAt },
      });
    return {
      dossierCode: input.code,
      rating: input.rating,
      comment,
      ratedAt: row.ratedAt,
      changeableUntil: changeableUntil.toISOString(),
    };
  });
}

export async function satisfactionSummary(
  db: ReportingDatabase,
  units: UnitDirectory,
  identity: Identity,
  code: string,
  period: Period,
) {
  const { codes } = await readableUnits(units, identity, code, period.to);
  const rows = await db
    .select({ level: ratings.level, count: sql<number>`count(*)::int` })
    .from(ratings)
    .where(and(inArray(ratings.unitCode, codes), between(ratings.finishedOn, period.from, period.to)))
    .groupBy(ratings.level);
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return {
    total,
    byLevel: Object.keys(SATISFACTION_LEVELS).map((name) => ({
      rating: name,
      count: rows.find((row) => LEVEL_NAMES[row.level] === name)?.count ?? 0,
    })),
    satisfiedRate: ratio(
      rows.filter((row) => row.level >= 4).reduce((sum, row) => sum + row.count, 0),
      total,
    ),
  };
}
