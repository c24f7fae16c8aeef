import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Identity } from '@dvc/identity';

export type ExportRequest = {
  unitCode: string;
  from: string;
  to: string;
  includeDescendants: boolean;
  format: 'CSV' | 'XLSX';
  view: 'BY_FIELD' | 'BY_UNIT';
  identity: Identity;
  exp: number;
};

/** A download link only for the period and the reader that were checked when it was made; short-lived. */
export type ExportSigner = {
  sign: (request: Omit<ExportRequest, 'exp'>) => { token: string; expiresAt: Date };
  verify: (token: string) => ExportRequest | null;
  url: (token: string) => string;
};

const LIFETIME_SECONDS = 600;

export function exportSigner(secret: string, baseUrl: () => string): ExportSigner {
  const mac = (payload: string) => createHmac('sha256', `export:${secret}`).update(payload).digest();
  return {
    url: (token) => `${baseUrl().replace(/\/$/, '')}/exports/${token}`,
    sign: (request) => {
      const exp = Math.floor(Date.now() / 1000) + LIFETIME_SECONDS;
      const payload = Buffer.from(JSON.stringify({ ...request, exp })).toString('base64url');
      return { token: `${payload}.${mac(payload).toString('base64url')}`, expiresAt: new Date(exp * 1000) };
    },
    verify: (token) => {
      const [payload, signature] = token.split('.');
      if (!payload || !signature) return null;
      const expected = mac(payload);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      const request = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as ExportRequest;
      return request.exp * 1000 > Date.now() ? request : null;
    },
  };
}
