import { type SQL, sql } from 'drizzle-orm';
import type { CatalogueDatabase } from '../db';

export type ProcedureSearch = {
  /** Folded words of the query; empty lists the catalogue in code order. */
  words: string[];
  /** The query as typed, trimmed: matched against codes. */
  raw: string;
  field: string | null;
  /** Procedures implemented at any of these levels. */
  levels: string[] | null;
  onlineLevels: string[] | null;
  free: boolean | null;
};

/** Where the previous page stopped: the ordering key of its last row. */
export type SearchPosition = { score: number; displayOrder: number; code: string };

export type SearchHit = SearchPosition & { version: number };

const list = (values: string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/**
 * One page of current published versions, best match first. The score is an integer so that it round-trips
 * through a cursor exactly: a code hit outranks everything, then a query that names a whole field (people type
 * "ho tich" to browse civil status; the field's most requested procedures come first), then the words as a phrase
 * in the name, then full-text rank favouring short names; the curated display order breaks ties.
 */
export async function searchProcedures(
  db: CatalogueDatabase,
  search: ProcedureSearch,
  after: SearchPosition | null,
  size: number,
): Promise<{ hits: SearchHit[]; totalCount: number }> {
  const filters: SQL[] = [sql`v.published_at is not null`];
  if (search.field) filters.push(sql`v.field_code = ${search.field}`);
  if (search.levels) filters.push(sql`v.levels && array[${list(search.levels)}]::text[]`);
  if (search.onlineLevels) filters.push(sql`v.online_level_decree42 in (${list(search.onlineLevels)})`);
  if (search.free !== null) filters.push(sql`v.free = ${search.free}`);

  let score: SQL = sql`0`;
  if (search.words.length > 0) {
    const phrase = search.words.join(' ');
    const fieldKey = search.words.join('_');
    const query = search.words
      .map((word, i) => (i === search.words.length - 1 ? `${word}:*` : word))
      .join(' & ');
    const codePrefix = /^\d[\d.]*$/.test(search.raw) ? `${search.raw}%` : null;
    filters.push(sql`(v.search_vector @@ to_tsquery('simple', ${query}) or v.code like ${codePrefix})`);
    score = sql`(case when v.code = ${search.raw} then 1000000 when v.code like ${codePrefix} then 500000 else 0 end)
      + greatest(
          case when v.field_code = ${fieldKey} then 200000 else 0 end,
          (case when v.search_name = ${phrase} then 150000
                when position(${phrase} in v.search_name) > 0 then 100000 else 0 end)
          + round(10000 * ts_rank_cd(v.search_vector, to_tsquery('simple', ${query}), 2))::int)`;
  }
  const afterFilter = after
    ? search.words.length > 0
      ? sql`where score < ${after.score} or (score = ${after.score} and (display_order, code) > (${after.displayOrder}, ${after.code}))`
      : sql`where code > ${after.code}`
    : sql``;
  const order = search.words.length > 0 ? sql`score desc, display_order, code` : sql`code`;
  const rows = (await db.execute(sql`
    with candidates as (
      select v.code, v.version, p.display_order, ${score} as score
      from procedures p
      join procedure_versions v on v.code = p.code and v.version = p.current_version
      where ${sql.join(filters, sql` and `)}
    )
    select code, version, display_order, score, (select count(*) from candidates) as total
    from candidates ${afterFilter}
    order by ${order}
    limit ${size + 1}
  `)) as unknown as Array<{
    code: string;
    version: number;
    display_order: number;
    score: number;
    total: string;
  }>;
  let totalCount = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && after) {
    const [count] = (await db.execute(sql`
      select count(*) as total from procedures p
      join procedure_versions v on v.code = p.code and v.version = p.current_version
      where ${sql.join(filters, sql` and `)}
    `)) as unknown as Array<{ total: string }>;
    totalCount = Number(count?.total ?? 0);
  }
  return {
    hits: rows.map((row) => ({
      code: row.code,
      version: Number(row.version),
      displayOrder: Number(row.display_order),
      score: Number(row.score),
    })),
    totalCount,
  };
}
