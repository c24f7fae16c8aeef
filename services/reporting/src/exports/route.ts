import type { Express } from 'express';
import type { UnitDirectory } from '../catalogue/units';
import type { ReportingDatabase } from '../db';
import { fieldRows06a, reports06a } from '../rules/report';
import { fileName, reportCsv, reportXlsx } from './files';
import type { ExportSigner } from './links';

/** GET /exports/:token — the file a `reportExport` link names; the reader was checked when the link was made. */
export function exportRoutes(db: ReportingDatabase, units: UnitDirectory, signer: ExportSigner) {
  return (app: Express) => {
    app.get('/exports/:token', async (req, res) => {
      const request = signer.verify(req.params.token);
      if (!request) {
        res
          .status(404)
          .type('text/plain; charset=utf-8')
          .send('Liên kết không hợp lệ hoặc đã hết hạn / Link invalid or expired');
        return;
      }
      try {
        const [report] = await reports06a(
          db,
          units,
          request.identity,
          request.unitCode,
          [request],
          request.includeDescendants,
        );
        if (!report) throw new Error('no report');
        const view = request.view;
        const fields = view === 'BY_FIELD' ? await fieldRows06a(db, units, report) : [];
        const content = { report, view, fields };
        const body = request.format === 'CSV' ? reportCsv(content) : await reportXlsx(content);
        res
          .status(200)
          .type(
            request.format === 'CSV'
              ? 'text/csv; charset=utf-8'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          )
          .attachment(fileName(report, request.format, view))
          .send(body);
      } catch {
        res
          .status(503)
          .type('text/plain; charset=utf-8')
          .send('Chưa tạo được tệp, vui lòng thử lại / Could not build the file, try again');
      }
    });
  };
}
