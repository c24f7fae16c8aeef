import { todayInVietnam } from '@dvc/service-kit';
import type { ReportingContext } from '../context';
import { fileName, type ReportView } from '../exports/files';
import { transparencyBoard } from '../rules/board';
import { checkPeriod } from '../rules/periods';
import { reports06a } from '../rules/report';

export const Query = {
  transparencyBoard: (
    _: unknown,
    { unitCode, on }: { unitCode: string; on: string | null },
    ctx: ReportingContext,
  ) => transparencyBoard(ctx.db, ctx.units, unitCode, on ?? todayInVietnam()),

  reportExport: async (
    _: unknown,
    args: {
      unitCode: string;
      from: string;
      to: string;
      includeDescendants: boolean;
      format: 'CSV' | 'XLSX';
      view: ReportView;
    },
    ctx: ReportingContext,
  ) => {
    const period = checkPeriod(args.from, args.to);
    // Checks the reader now, so that the link cannot hand out what its holder may not read.
    const [report] = await reports06a(
      ctx.db,
      ctx.units,
      ctx.identity,
      args.unitCode,
      [period],
      args.includeDescendants,
    );
    const { token, expiresAt } = ctx.exports.sign({
      unitCode: args.unitCode,
      ...period,
      includeDescendants: args.includeDescendants,
      format: args.format,
      view: args.view,
      identity: ctx.identity,
    });
    if (!report) throw new Error('a checked period produced no report');
    return {
      fileName: fileName(report, args.format, args.view),
      contentType:
        args.format === 'CSV'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      url: ctx.exports.url(token),
      expiresAt,
    };
  },
};
