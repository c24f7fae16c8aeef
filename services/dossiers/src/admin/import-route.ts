import { IDENTITY_HEADER, IDENTITY_SIGNATURE_HEADER, type Identity, verifyIdentity } from '@dvc/identity';
import type { Logger } from '@dvc/service-kit';
import express, { type Express } from 'express';
import { importLegacyDossiers } from '../import/legacy';
import type { RuleDeps } from '../rules/deps';

/** A district's years of history fit; the whole file is read before the import starts. */
const MAX_FILE = '200mb';

/**
 * POST /admin/import?format=NDJSON|CSV with the file as the body: a legacy history imported by the running service
 * itself, so that an operator can load one into an installation whose database this process holds (the embedded
 * PGlite serves one connection). ADMIN only, with an identity signed by the gateway's IDENTITY_SECRET, as the
 * `import --url` command does; the gateway does not forward this route.
 */
export function importRoute(deps: RuleDeps, identitySecret: string, logger: Logger) {
  return (app: Express) => {
    app.post('/admin/import', express.text({ type: () => true, limit: MAX_FILE }), async (req, res) => {
      let identity: Identity;
      try {
        identity = verifyIdentity(
          req.header(IDENTITY_HEADER),
          req.header(IDENTITY_SIGNATURE_HEADER),
          identitySecret,
        );
      } catch {
        res.status(401).json({ error: 'Yêu cầu phải được ký / The request must be signed' });
        return;
      }
      if (identity.role !== 'ADMIN') {
        res.status(403).json({ error: 'Chỉ quản trị viên / Administrators only' });
        return;
      }
      const format = req.query.format === 'CSV' ? 'CSV' : 'NDJSON';
      const report = await importLegacyDossiers(deps, typeof req.body === 'string' ? req.body : '', format);
      logger.info(
        { imported: report.imported, skipped: report.skipped, rejected: report.rejected.length },
        'import',
      );
      res.json(report);
    });
  };
}
