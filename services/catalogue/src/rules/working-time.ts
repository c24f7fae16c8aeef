import { addDays, userError } from '@dvc/service-kit';

/** Days off and make-up working days of every year the calendar knows, as loaded from `calendar_years`. */
export type WorkingCalendar = { years: Set<number>; daysOff: Set<string>; makeUpDays: Set<string> };

export type DurationUnit = 'WORKING_DAYS' | 'WORKING_HOURS' | 'SAME_DAY';
export type WorkingDuration = { unit: DurationUnit; value: number; cutoff?: string | null };

const VIETNAM_OFFSET_MS = 7 * 3600_000;
const MORNING_START = 7 * 60;
const MORNING_END = 11 * 60 + 30;
const AFTERNOON_START = 13 * 60 + 30;
const DAY_END = 17 * 60;
const DEFAULT_SAME_DAY_CUTOFF = 15 * 60;
/** Far enough for any real duration; stops a runaway loop if a calendar were ever all days off. */
const MAX_WORKING_DAYS = 3650;

/** A moment in Vietnam time as the office reads it: a date and minutes since midnight. */
type LocalMoment = { date: string; minute: number };

export function buildWorkingCalendar(
  years: Array<{
    year: number;
    daysOff: Array<{ date: string }>;
    makeUpWorkingDays: Array<{ date: string }>;
  }>,
): WorkingCalendar {
  return {
    years: new Set(years.map((year) => year.year)),
    daysOff: new Set(years.flatMap((year) => year.daysOff.map((day) => day.date))),
    makeUpDays: new Set(years.flatMap((year) => year.makeUpWorkingDays.map((day) => day.date))),
  };
}

/**
 * Whether the desk works that day. A date in a year the calendar does not hold is refused rather than guessed:
 * a deadline computed without that year's Tết would be promised to a citizen and then broken.
 */
export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (!calendar.years.has(year)) {
    throw userError(
      'UNAVAILABLE',
      `Chưa có lịch ngày làm việc năm ${year}; quản trị viên cần bổ sung lịch năm này`,
      `The working-day calendar has no data for ${year}; an administrator must add that year`,
      { year },
    );
  }
  if (calendar.makeUpDays.has(date)) return true;
  if (calendar.daysOff.has(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export function nextWorkingDay(calendar: WorkingCalendar, date: string): string {
  let day = addDays(date, 1);
  for (let guard = 0; guard < MAX_WORKING_DAYS; guard++, day = addDays(day, 1)) {
    if (isWorkingDay(calendar, day)) return day;
  }
  throw new Error(`no working day within ${MAX_WORKING_DAYS} days after ${date}`);
}

function addWorkingDaysToDate(calendar: WorkingCalendar, date: string, days: number): string {
  let day = date;
  for (let counted = 0; counted < days; counted++) day = nextWorkingDay(calendar, day);
  return day;
}

function toLocal(moment: Date): LocalMoment {
  const shifted = new Date(moment.getTime() + VIETNAM_OFFSET_MS);
  return {
    date: shifted.toISOString().slice(0, 10),
    minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() + shifted.getUTCSeconds() / 60,
  };
}

function toUtc({ date, minute }: LocalMoment): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + Math.round(minute * 60_000) - VIETNAM_OFFSET_MS);
}

/**
 * Where the clock starts for something received at `moment` (BRIEF, "Precise rules"): after 17:00 or on a day
 * off, at 07:00 of the next working day; during lunch, at 13:30; before 07:00, at 07:00.
 */
export function normaliseReceipt(calendar: WorkingCalendar, moment: Date): LocalMoment {
  const local = toLocal(moment);
  if (!isWorkingDay(calendar, local.date) || local.minute >= DAY_END) {
    return { date: nextWorkingDay(calendar, local.date), minute: MORNING_START };
  }
  if (local.minute < MORNING_START) return { date: local.date, minute: MORNING_START };
  if (local.minute >= MORNING_END && local.minute < AFTERNOON_START) {
    return { date: local.date, minute: AFTERNOON_START };
  }
  return local;
}

/** The date N working days after the (normalised) moment, in Vietnam time. */
export function addWorkingDays(calendar: WorkingCalendar, from: Date, days: number): string {
  requireWholeCount(days, 'days');
  return addWorkingDaysToDate(calendar, normaliseReceipt(calendar, from).date, days);
}

function addOfficeMinutes(calendar: WorkingCalendar, start: LocalMoment, minutes: number): LocalMoment {
  let { date, minute } = start;
  let left = minutes;
  for (;;) {
    const periodEnd = minute < MORNING_END ? MORNING_END : DAY_END;
    if (minute + left <= periodEnd) return { date, minute: minute + left };
    left -= periodEnd - minute;
    if (periodEnd === MORNING_END) minute = AFTERNOON_START;
    else {
      date = nextWorkingDay(calendar, date);
      minute = MORNING_START;
    }
  }
}

/** Parses "HH:MM" within office hours, the only cut-offs a desk can apply. */
export function parseCutoff(cutoff: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(cutoff);
  const minute = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!(minute > MORNING_START && minute <= DAY_END)) {
    throw userError(
      'BAD_USER_INPUT',
      `Giờ chốt "${cutoff}" không hợp lệ: phải có dạng HH:MM, trong giờ hành chính (sau 07:00, đến 17:00)`,
      `Cut-off "${cutoff}" is invalid: it must be HH:MM within office hours (after 07:00, up to 17:00)`,
    );
  }
  return minute;
}

function requireWholeCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_WORKING_DAYS) {
    throw userError(
      'BAD_USER_INPUT',
      `Số ${name === 'days' ? 'ngày' : 'đơn vị'} làm việc phải là số nguyên từ 0 đến ${MAX_WORKING_DAYS} (nhận được ${value})`,
      `The number of working ${name} must be a whole number from 0 to ${MAX_WORKING_DAYS} (got ${value})`,
    );
  }
}

/**
 * The appointment (ngày hẹn trả) for a dossier received at `receivedAt`. A cut-off on a working-days or
 * working-hours duration means a receipt after it counts from 07:00 of the next working day.
 */
export function appointmentFor(calendar: WorkingCalendar, receivedAt: Date, duration: WorkingDuration): Date {
  requireWholeCount(duration.value, duration.unit === 'WORKING_HOURS' ? 'hours' : 'days');
  const cutoff = duration.cutoff == null ? null : parseCutoff(duration.cutoff);
  let start = normaliseReceipt(calendar, receivedAt);
  if (duration.unit === 'SAME_DAY') {
    const date =
      start.minute < (cutoff ?? DEFAULT_SAME_DAY_CUTOFF) ? start.date : nextWorkingDay(calendar, start.date);
    return toUtc({ date, minute: DAY_END });
  }
  if (cutoff !== null && start.minute >= cutoff) {
    start = { date: nextWorkingDay(calendar, start.date), minute: MORNING_START };
  }
  if (duration.unit === 'WORKING_HOURS') return toUtc(addOfficeMinutes(calendar, start, duration.value * 60));
  return toUtc({ date: addWorkingDaysToDate(calendar, start.date, duration.value), minute: start.minute });
}

/** The longest span the calendar arithmetic below walks day by day. */
const MAX_WORKING_MINUTES = MAX_WORKING_DAYS * (DAY_END - AFTERNOON_START + MORNING_END - MORNING_START);

/** Office minutes between two minutes of one working day, lunch excluded. */
function officeMinutesWithin(start: number, end: number): number {
  const overlap = (from: number, to: number) => Math.max(0, Math.min(end, to) - Math.max(start, from));
  return overlap(MORNING_START, MORNING_END) + overlap(AFTERNOON_START, DAY_END);
}

/**
 * Office time between two moments, in whole minutes: working days of the calendar only, 07:00–11:30 and
 * 13:30–17:00. What a paused clock (a dossier waiting for a supplement) did not count.
 */
export function workingMinutesBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  if (to < from) {
    throw userError(
      'BAD_USER_INPUT',
      'Thời điểm kết thúc phải sau thời điểm bắt đầu',
      'The end must not be earlier than the start',
    );
  }
  const start = normaliseReceipt(calendar, from);
  const end = normaliseReceipt(calendar, to);
  let minutes = 0;
  let date = start.date;
  for (let guard = 0; date <= end.date; guard++, date = addDays(date, 1)) {
    if (guard > MAX_WORKING_DAYS) {
      throw userError(
        'BAD_USER_INPUT',
        `Khoảng thời gian dài quá ${MAX_WORKING_DAYS} ngày`,
        `The span is longer than ${MAX_WORKING_DAYS} days`,
      );
    }
    if (!isWorkingDay(calendar, date)) continue;
    minutes += officeMinutesWithin(
      date === start.date ? start.minute : MORNING_START,
      date === end.date ? end.minute : DAY_END,
    );
  }
  return Math.round(minutes);
}

/**
 * The moment `minutes` of office time after `from` (counted from where the clock would start at `from`); with no
 * minutes, `from` itself. Moves a deadline by the office time a paused clock did not count.
 */
export function addWorkingMinutes(calendar: WorkingCalendar, from: Date, minutes: number): Date {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_WORKING_MINUTES) {
    throw userError(
      'BAD_USER_INPUT',
      `Số phút làm việc phải là số nguyên từ 0 đến ${MAX_WORKING_MINUTES} (nhận được ${minutes})`,
      `The number of working minutes must be a whole number from 0 to ${MAX_WORKING_MINUTES} (got ${minutes})`,
    );
  }
  if (minutes === 0) return from;
  return toUtc(addOfficeMinutes(calendar, normaliseReceipt(calendar, from), minutes));
}
