import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { IDENTITY_HEADER, IDENTITY_SIGNATURE_HEADER, type Identity, verifyIdentity } from '@dvc/identity';
import type { Logger } from '@dvc/service-kit';
import busboy from 'busboy';
import { eq } from 'drizzle-orm';
import type { Express, Request, Response } from 'express';
import { type DossierRow, dossiersByCode } from '../data/dossiers';
import { issuedDocument } from '../data/payments';
import type { DossiersDatabase } from '../db';
import { attachments } from '../db/schema';
import { formsOf, renderDossierForm } from '../pdf/forms';
import { renderIssuedDocument } from '../pdf/issued';
import { canReadDossier } from '../rules/access';
import { recordOnlineReturn } from '../rules/returns';
import { movedAwayErrors } from '../rules/unit-moves';
import { verifyTicket } from './tickets';

/** Scans and photos of papers, and PDFs; anything else is refused before it is stored. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

export type FileRoutesOptions = {
  db: DossiersDatabase;
  identitySecret: string;
  folder: string;
  maxBytes: number;
  logger: Logger;
  /** Source name of this instance, for the return step recorded when the applicant downloads the result. */
  source: string;
  /** Public verification page the QR codes point to. */
  verifyUrl: string;
};

const fail = (res: Response, status: number, code: string, vi: string, en: string) =>
  res.status(status).json({ error: { code, message: `${vi} / ${en}` } });

/** The caller of a file route: a signed gateway identity (services, tests) or a ticket from a mutation. */
function callerOf(req: Request, secret: string, purpose: string): Identity | null {
  const ticket = typeof req.query.ticket === 'string' ? req.query.ticket : null;
  if (ticket) return verifyTicket(secret, ticket, purpose);
  try {
    return verifyIdentity(req.header(IDENTITY_HEADER), req.header(IDENTITY_SIGNATURE_HEADER), secret);
  } catch {
    return null;
  }
}

/** Once the dossier's unit is served by another instance, the rows here are out of date: refuse, naming it. */
async function refusedAsMoved(db: DossiersDatabase, dossier: DossierRow, res: Response): Promise<boolean> {
  const moved = (await movedAwayErrors(db, [dossier.receivingUnitCode])).get(dossier.receivingUnitCode);
  if (!moved) return false;
  fail(res, 410, 'UNIT_MOVED', String(moved.extensions.messageVi), String(moved.extensions.messageEn));
  return true;
}

export const attachmentPath = (folder: string, id: string) => join(folder, id.slice(0, 2), id);

export function fileRoutes(options: FileRoutesOptions) {
  return (app: Express) => {
    // The web app uploads from the gateway's origin, with progress (which needs a preflight). The ticket in the
    // address authorizes, not a cookie, so any origin may post and read the attachment id it gets back.
    app.options('/files', (_req, res) => {
      res.set({
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST',
        'access-control-max-age': '600',
      });
      res.status(204).end();
    });
    app.post('/files', async (req, res) => {
      res.set('access-control-allow-origin', '*');
      const identity = callerOf(req, options.identitySecret, 'upload');
      if (!identity || identity.role === 'ANONYMOUS' || !identity.sub) {
        return fail(
          res,
          401,
          'UNAUTHENTICATED',
          'Vui lòng đăng nhập để tải tệp lên',
          'Sign in to upload files',
        );
      }
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: req.headers,
          limits: { files: 1, fileSize: options.maxBytes, fields: 5 },
        });
      } catch {
        return fail(
          res,
          400,
          'BAD_USER_INPUT',
          'Cần gửi tệp dạng multipart/form-data',
          'Send the file as multipart/form-data',
        );
      }
      const id = randomUUID();
      const finalPath = attachmentPath(options.folder, id);
      const partPath = `${finalPath}.part`;
      await mkdir(join(options.folder, id.slice(0, 2)), { recursive: true });
      let purpose: string | null = null;
      const stored = new Promise<
        { fileName: string; contentType: string; size: number; sha256: string } | string
      >((resolve) => {
        let sawFile = false;
        parser.on('field', (name, value) => {
          if (name === 'purpose') purpose = value.slice(0, 200);
        });
        parser.on('file', (_name, stream, info) => {
          sawFile = true;
          if (!ACCEPTED_TYPES.includes(info.mimeType)) {
            stream.resume();
            return resolve('TYPE');
          }
          const hash = createHash('sha256');
          let size = 0;
          let truncated = false;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            hash.update(chunk);
          });
          stream.on('limit', () => {
            truncated = true;
          });
          pipeline(stream, createWriteStream(partPath, { flags: 'wx' }))
            .then(() =>
              resolve(
                truncated
                  ? 'SIZE'
                  : {
                      fileName: info.filename || 'tep',
                      contentType: info.mimeType,
                      size,
                      sha256: hash.digest('hex'),
                    },
              ),
            )
            .catch(() => resolve('WRITE'));
        });
        parser.on('close', () => {
          if (!sawFile) resolve('NONE');
        });
        parser.on('error', () => resolve('PARSE'));
      });
      req.pipe(parser);
      const outcome = await stored;
      if (typeof outcome === 'string') {
        await rm(partPath, { force: true });
        if (outcome === 'TYPE')
          return fail(
            res,
            415,
            'BAD_USER_INPUT',
            'Chỉ nhận tệp PDF, JPEG hoặc PNG',
            'Only PDF, JPEG or PNG files are accepted',
          );
        if (outcome === 'SIZE')
          return fail(
            res,
            413,
            'BAD_USER_INPUT',
            `Tệp lớn hơn ${Math.floor(options.maxBytes / 1024 / 1024)} MB`,
            `The file is larger than ${options.maxBytes} bytes`,
          );
        if (outcome === 'NONE' || outcome === 'PARSE')
          return fail(
            res,
            400,
            'BAD_USER_INPUT',
            'Không có tệp trong yêu cầu (trường "file")',
            'No file in the request (field "file")',
          );
        return fail(
          res,
          500,
          'INTERNAL_SERVER_ERROR',
          'Không lưu được tệp, vui lòng thử lại',
          'The file could not be stored; try again',
        );
      }
      if (outcome.size === 0) {
        await rm(partPath, { force: true });
        return fail(res, 400, 'BAD_USER_INPUT', 'Tệp rỗng', 'The file is empty');
      }
      // Written under a temporary name and renamed: a crash never leaves a half file under a real id.
      await rename(partPath, finalPath);
      await options.db.insert(attachments).values({
        id,
        uploaderSub: identity.sub,
        uploaderRole: identity.role,
        uploaderUnitCode: identity.unitCode,
        fileName: outcome.fileName.slice(0, 255),
        contentType: outcome.contentType,
        sizeBytes: outcome.size,
        sha256: outcome.sha256,
        purpose,
      });
      return res
        .status(201)
        .json({ id, fileName: outcome.fileName, sizeBytes: outcome.size, sha256: outcome.sha256 });
    });

    app.get('/dossiers/:code/forms/:kind.pdf', async (req, res) => {
      const identity = callerOf(req, options.identitySecret, `form:${req.params.code}`);
      const dossier = (await dossiersByCode(options.db, [req.params.code])).get(req.params.code);
      if (!identity || !dossier || !canReadDossier(identity, dossier)) {
        return fail(res, 404, 'NOT_FOUND', 'Không tìm thấy hồ sơ', 'Dossier not found');
      }
      if (await refusedAsMoved(options.db, dossier, res)) return;
      const kind = req.params.kind;
      // Only the forms the dossier has now, numbered as the circular in force on its filing day numbers them.
      const form = formsOf(dossier).find((candidate) => candidate.kind === kind);
      if (!form) return fail(res, 404, 'NOT_FOUND', 'Không có mẫu này', 'No such form');
      try {
        const pdf = await renderDossierForm(options.db, dossier, form);
        res.setHeader('content-type', 'application/pdf');
        res.setHeader('content-disposition', `inline; filename="${dossier.code}-${kind}.pdf"`);
        return res.end(pdf);
      } catch (error) {
        options.logger.error({ err: error, code: dossier.code, kind }, 'form rendering failed');
        return fail(
          res,
          500,
          'INTERNAL_SERVER_ERROR',
          'Không tạo được biểu mẫu',
          'The form could not be made',
        );
      }
    });
    app.get('/dossiers/:code/issued/:verificationCode.pdf', async (req, res) => {
      const identity = callerOf(req, options.identitySecret, `document:${req.params.code}`);
      const dossier = (await dossiersByCode(options.db, [req.params.code])).get(req.params.code);
      const found = await issuedDocument(options.db, req.params.verificationCode);
      if (
        !identity ||
        !dossier ||
        !canReadDossier(identity, dossier) ||
        found?.document.dossierCode !== dossier.code
      ) {
        return fail(res, 404, 'NOT_FOUND', 'Không tìm thấy giấy tờ', 'Document not found');
      }
      if (await refusedAsMoved(options.db, dossier, res)) return;
      const pdf = await renderIssuedDocument(dossier, found.document, options.verifyUrl, found);
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `inline; filename="${dossier.code}-${found.document.kind}.pdf"`);
      return res.end(pdf);
    });

    app.get('/dossiers/:code/result', async (req, res) => {
      const identity = callerOf(req, options.identitySecret, `document:${req.params.code}`);
      const dossier = (await dossiersByCode(options.db, [req.params.code])).get(req.params.code);
      if (!identity || !dossier || !canReadDossier(identity, dossier) || !dossier.resultAttachmentId) {
        return fail(
          res,
          404,
          'NOT_FOUND',
          'Hồ sơ chưa có kết quả điện tử',
          'The dossier has no electronic result',
        );
      }
      if (await refusedAsMoved(options.db, dossier, res)) return;
      const [file] = await options.db
        .select()
        .from(attachments)
        .where(eq(attachments.id, dossier.resultAttachmentId));
      if (!file) return fail(res, 404, 'NOT_FOUND', 'Không tìm thấy tệp kết quả', 'Result file not found');
      await recordOnlineReturn(options.db, options.source, dossier, identity);
      res.setHeader('content-type', file.contentType);
      res.setHeader('content-length', String(file.sizeBytes));
      res.setHeader(
        'content-disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      );
      return pipeline(createReadStream(attachmentPath(options.folder, file.id)), res).catch((error) =>
        options.logger.error({ err: error, code: dossier.code }, 'result download broke off'),
      );
    });
  };
}
