import { decodeCursor, encodeCursor, userError } from '@dvc/service-kit';
import type { SearchHit, SearchPosition } from '../data/search';
import { foldVietnamese } from './fold';

const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 12;

/** Words a full-text query can hold: folded, without punctuation (a code such as 1.001193 stays one word). */
export function searchWords(search: string | null | undefined): { words: string[]; raw: string } {
  const raw = (search ?? '').trim();
  if (raw.length > MAX_QUERY_LENGTH) {
    throw userError(
      'BAD_USER_INPUT',
      `Từ khóa tìm kiếm dài quá ${MAX_QUERY_LENGTH} ký tự`,
      `The search text is longer than ${MAX_QUERY_LENGTH} characters`,
    );
  }
  const words = foldVietnamese(raw.normalize('NFC'))
    .split(/[^a-z0-9.]+/)
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter((word) => /^[a-z0-9]+(\.[a-z0-9]+)*$/.test(word))
    .slice(0, MAX_WORDS);
  return { words, raw };
}

export function searchCursor(hit: SearchHit, ranked: boolean): string {
  return encodeCursor(ranked ? `s:${hit.score}:${hit.displayOrder}:${hit.code}` : `c:${hit.code}`);
}

/** Reads a cursor of the same kind of listing (ranked search or code order); anything else is refused. */
export function searchPosition(after: string | null | undefined, ranked: boolean): SearchPosition | null {
  const key = decodeCursor(after);
  if (key === null) return null;
  const ranks = /^s:(-?\d+):(-?\d+):(.+)$/.exec(key);
  if (ranked && ranks) {
    return { score: Number(ranks[1]), displayOrder: Number(ranks[2]), code: ranks[3] as string };
  }
  const code = /^c:(.+)$/.exec(key);
  if (!ranked && code) return { score: 0, displayOrder: 0, code: code[1] as string };
  throw userError(
    'BAD_USER_INPUT',
    'Con trỏ phân trang không thuộc kết quả tìm kiếm này; hãy tìm lại từ trang đầu',
    'The cursor belongs to another listing; start again from the first page',
  );
}
