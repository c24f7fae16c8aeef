import { addDays, userError } from '@dvc/service-kit';
import type { Period } from '../data/figures';

/** A year and a bit covers every period the law asks for; longer spans are exports of several periods. */
export const MAX_PERIOD_DAYS = 400;

export function checkPeriod(from: string, to: string): Period {
  if (from > to) {
    throw userError(
      'BAD_USER_INPUT',
      'Ngày bắt đầu phải trước ngày kết thúc',
      '`from` must not be after `to`',
    );
  }
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days > MAX_PERIOD_DAYS) {
    throw userError(
      'BAD_USER_INPUT',
      `Kỳ báo cáo dài tối đa ${MAX_PERIOD_DAYS} ngày`,
      `A report period spans at most ${MAX_PERIOD_DAYS} days`,
    );
  }
  return { from, to };
}

export type Granularity = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';

const MONTHS: Record<Granularity, number> = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };

/** The calendar periods of a year: 12 months, 4 quarters, 2 halves or the year itself. */
export function periodsOfYear(year: number, granularity: Granularity): Period[] {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw userError('BAD_USER_INPUT', 'Năm báo cáo không hợp lệ', 'The report year is not valid');
  }
  const step = MONTHS[granularity];
  const periods: Period[] = [];
  for (let month = 1; month <= 12; month += step) {
    const from = `${year}-${String(month).padStart(2, '0')}-01`;
    const next =
      month + step > 12 ? `${year + 1}-01-01` : `${year}-${String(month + step).padStart(2, '0')}-01`;
    periods.push({ from, to: addDays(next, -1) });
  }
  return periods;
}
