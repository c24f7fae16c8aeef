import { userError } from './errors';

/** Opaque cursors: clients must not build them, so that the ordering key can change without breaking them. */
export function encodeCursor(key: string): string {
  return Buffer.from(`v1:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('v1:')) {
    throw userError('BAD_USER_INPUT', 'Con trỏ phân trang không hợp lệ', 'Invalid pagination cursor');
  }
  return decoded.slice(3);
}

export const MAX_PAGE_SIZE = 100;

export function clampPageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw userError(
      'BAD_USER_INPUT',
      `Số bản ghi mỗi trang phải từ 1 đến ${MAX_PAGE_SIZE}`,
      `Page size must be between 1 and ${MAX_PAGE_SIZE}`,
    );
  }
  return size;
}
