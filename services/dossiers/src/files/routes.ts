import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Transaction } from '@dvc/database';
import { IDENTITY_HEADER, IDENTITY_SIGNATURE_HEADER, type Identity, verifyIdentity } from '@dvc/identity';
import type { Logger } from '@dvc/service-kit';
import busboy from 'busboy';
import { and, eq, isNull, sql } from 'drizzle-orm';
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

/**
 * Scans and photos of papers, and PDFs, known by their first bytes (the client's declared type is not believed):
 * anything else is refused and removed.
 */
const SIGNATURES = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];
export const ACCEPTED_TYPES = SIGNATURES.map((signature) => signature.type);

const typeOf = (head: Buffer) =>
  SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte))?.type ?? null;

export type FileRoutesOptions = {
  db: DossiersDatabase;
  identitySecret: string;
  folder: string;
  maxBytes: number;
  /** What one account may hold in files not yet attached to a dossier. */
  quotaBytes: number;
  logger: Logger;
  /** Source name of this instance, for the return step recorded when the applicant downloads the result. */
  source: string;
  /** Public verification page the QR codes point to. */
  verifyUrl: string;
};

const fail = (res: Response, status: number, code: string, vi: string, en: string) =>
  res.status(status).json({ error: { code, message: `${vi} / ${en}` } });

/**
 * The caller of a file route: a signed gateway identity (services, tests) or a ticket from a mutation, with the
 * ticket's id (null for a signed identity).
 */
function ticketHolder(
  req: Request,
  secret: string,
  purpose: string,
): { identity: Identity; ticketId: string | null } | null {
  const token = typeof req.query.ticket === 'string' ? req.query.ticket : null;
  if (token) {
    const ticket = verifyTicket(secret, token, purpose);
    return ticket ? { identity: ticket.identity, ticketId: ticket.id } : null;
  }
  try {
    const identity = verifyIdentity(
      req.header(IDENTITY_HEADER),
      req.header(IDENTITY_SIGNATURE_HEADER),
      secret,
    );
    return { identity, ticketId: null };
  } catch {
    return null;
  }
}

const callerOf = (req: Request, secret: string, purpose: string) =>
  ticketHolder(req, secret, purpose)?.identity ?? null;

/** Bytes an account holds in files not attached to a dossier yet. */
async function unattachedBytes(db: DossiersDatabase | Transaction, sub: string): Promise<number> {
  const [row] = await db
    .select({ bytes: sql<number>`coalesce(sum(${attachments.sizeBytes}), 0)::bigint` })
    .from(attachments)
    .where(and(eq(attachments.uploaderSub, sub), isNull(attachments.dossierCode)));
  return Number(row?.bytes ?? 0);
}

const ticketUsed = (res: Response) =>
  fail(
    res,
    401,
    'UNAUTHENTICATED',
    'Liên kết tải lên này đã được dùng; vui lòng lấy liên kết mới',
    'This upload link was already used; ask for a new one',
  );

const quotaExceeded = (res: Response, quotaBytes: number) =>
  fail(
    res,
    413,
    'QUOTA_EXCEEDED',
    `Tài khoản đã có quá ${Math.floor(quotaBytes / 1024 / 1024)} MB tệp chưa nộp kèm hồ sơ; vui lòng nộp hồ sơ hoặc chờ các tệp cũ được xóa sau một ngày`,
    `The account holds more than ${quotaBytes} bytes of files not attached to a dossier; file them, or wait a day for old ones to be removed`,
  );

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
    // What these routes serve is a PDF, a scan or an error: a browser must not guess it is a page.
    app.use(['/files', '/dossiers'], (_req, res, next) => {
      res.setHeader('x-content-type-options', 'nosniff');
      next();
    });
    // The web app uploads from the gateway's origin, with progress (which needs a preflight). The single-use ticket
    // in the address authorizes, not a cookie, so any origin may post and read the attachment id it gets back.
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
      const holder = ticketHolder(req, options.identitySecret, 'upload');
      const identity = holder?.identity;
      if (!holder || !identity || identity.role === 'ANONYMOUS' || !identity.sub) {
        return fail(
          res,
          401,
          'UNAUTHENTICATED',
          'Vui lòng đăng nhập để tải tệp lên',
          'Sign in to upload files',
        );
      }
      const uploader = identity.sub;
      // Both checked again when the file is recorded; here they spare the upload of a file that cannot be kept.
      if (holder.ticketId) {
        const [used] = await options.db
          .select({ id: attachments.id })
          .from(attachments)
          .where(eq(attachments.ticketId, holder.ticketId));
        if (used) return ticketUsed(res);
      }
      if ((await unattachedBytes(options.db, uploader)) >= options.quotaBytes) {
        return quotaExceeded(res, options.quotaBytes);
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
          const hash = createHash('sha256');
          let size = 0;
          let truncated = false;
          let head = Buffer.alloc(0);
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            hash.update(chunk);
            if (head.length < 8) head = Buffer.concat([head, chunk.subarray(0, 8 - head.length)]);
          });
          stream.on('limit', () => {
            truncated = true;
          });
          pipeline(stream, createWriteStream(partPath, { flags: 'wx' }))
            .then(() => {
              const contentType = typeOf(head);
              if (truncated) return resolve('SIZE');
              if (size > 0 && !contentType) return resolve('TYPE');
              resolve({
                fileName: info.filename || 'tep',
                contentType: contentType ?? 'application/octet-stream',
                size,
                sha256: hash.digest('hex'),
              });
            })
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
            'Chỉ nhận tệp PDF, JPEG hoặc PNG; nội dung tệp này không phải một trong các loại đó',
            'Only PDF, JPEG or PNG files are accepted; the content of this file is none of them',
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
      const recorded = await options.db
        .transaction(async (tx) => {
          // One upload of an account at a time past this point, so that two at once cannot both fit the quota.
          await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`upload:${uploader}`}))`);
          if ((await unattachedBytes(tx, uploader)) + outcome.size > options.quotaBytes) return 'QUOTA';
          await tx.insert(attachments).values({
            id,
            uploaderSub: uploader,
            uploaderRole: identity.role,
            uploaderUnitCode: identity.unitCode,
            fileName: outcome.fileName.slice(0, 255),
            contentType: outcome.contentType,
            sizeBytes: outcome.size,
            sha256: outcome.sha256,
            purpose,
            ticketId: holder.ticketId,
          });
          return 'STORED';
        })
        .catch((error: { code?: string; cause?: { code?: string } }) => {
          // The link's id is unique among the files: two uploads through one link, the second loses here.
          if ((error.code ?? error.cause?.code) === '23505') return 'USED';
          throw error;
        });
      if (recorded !== 'STORED') {
        await rm(finalPath, { force: true });
        return recorded === 'USED' ? ticketUsed(res) : quotaExceeded(res, options.quotaBytes);
      }
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
