import type { Logger } from '@dvc/service-kit';
import type { Express, Request, Response } from 'express';
import { formsById } from '../data/forms';
import type { CatalogueDatabase } from '../db';
import { type FormValues, renderFormPdf } from './form-pdf';

const MAX_BODY_BYTES = 64 * 1024;
const MAX_VALUE_LENGTH = 2000;

function refuse(res: Response, status: number, code: string, vietnamese: string, english: string) {
  res.status(status).json({ error: { code, message: `${vietnamese} / ${english}` } });
}

async function readJson(req: Request): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new RangeError('body too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/** Keeps only what a form can print; anything else is a mistake the caller should hear about. */
function valuesProblem(values: unknown, keys: Set<string>): string | null {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return 'values';
  for (const [key, value] of Object.entries(values)) {
    if (!keys.has(key)) return key;
    if (!['string', 'number', 'boolean'].includes(typeof value)) return key;
    if (String(value).length > MAX_VALUE_LENGTH) return key;
  }
  return null;
}

/**
 * GET /forms/<id>.pdf: the blank form. POST the same address with { "values": { key: value } } for a pre-filled
 * one: personal data travels in the body, so it stays out of URLs, proxy logs and browser history.
 */
export function formRoutes(db: CatalogueDatabase, logger: Logger) {
  return (app: Express) => {
    const handle = async (req: Request, res: Response) => {
      const file = String(req.params.file);
      const id = file.endsWith('.pdf') ? file.slice(0, -4) : null;
      const form = id ? (await formsById(db, [id])).get(id) : undefined;
      if (!form) {
        refuse(res, 404, 'NOT_FOUND', `Không tìm thấy biểu mẫu "${file}"`, `No form "${file}"`);
        return;
      }
      let values: FormValues = {};
      if (req.method === 'POST') {
        let body: unknown;
        try {
          body = await readJson(req);
        } catch {
          refuse(
            res,
            400,
            'BAD_USER_INPUT',
            'Nội dung gửi lên không phải JSON hợp lệ (tối đa 64 KB)',
            'The body must be valid JSON of at most 64 KB',
          );
          return;
        }
        const supplied = (body as { values?: unknown }).values ?? {};
        const problem = valuesProblem(supplied, new Set(form.fields.map((field) => field.key)));
        if (problem) {
          refuse(
            res,
            400,
            'BAD_USER_INPUT',
            `Giá trị "${problem}" không thuộc biểu mẫu hoặc không hợp lệ (chuỗi, số hoặc đúng/sai, tối đa ${MAX_VALUE_LENGTH} ký tự)`,
            `Value "${problem}" is not a field of the form or is invalid (string, number or boolean, at most ${MAX_VALUE_LENGTH} characters)`,
          );
          return;
        }
        values = supplied as FormValues;
      }
      const pdf = await renderFormPdf(form, values);
      res
        .status(200)
        .type('application/pdf')
        .setHeader('content-disposition', `inline; filename="${form.id}.pdf"`)
        .setHeader('cache-control', req.method === 'GET' ? 'public, max-age=3600' : 'no-store')
        .send(pdf);
    };
    const safely = (req: Request, res: Response) =>
      handle(req, res).catch((error: unknown) => {
        logger.error({ err: error }, 'form PDF failed');
        if (!res.headersSent)
          refuse(res, 500, 'INTERNAL', 'Lỗi hệ thống khi tạo tệp PDF', 'Internal error while making the PDF');
      });
    app.get('/forms/:file', safely);
    app.post('/forms/:file', safely);
  };
}
