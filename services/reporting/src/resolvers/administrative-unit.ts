import { userError } from '@dvc/service-kit';
import type { ReportingContext } from '../context';

/** A year and a bit covers every period the law asks for; longer spans are exports, not dashboard queries. */
const MAX_PERIOD_DAYS = 400;

export const AdministrativeUnit = {
  __resolveReference: (reference: { code: string }) => reference,

  report: (unit: { code: string }, { from, to }: { from: string; to: string }) => {
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
    return { unitCode: unit.code, from, to };
  },
};

export const Report06a = {
  received: (report: { unitCode: string; from: string; to: string }, _: unknown, ctx: ReportingContext) =>
    ctx.loaders.received.load(report),
};
