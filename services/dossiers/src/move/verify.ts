import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DossiersDatabase } from '../db';
import { fileSha256 } from './files';
import { PROCESSED_EVENTS, rowsAfter, type TableSum, tableSum, UNIT_TABLES } from './tables';

export type Check = { name: string; source: TableSum; target: TableSum; equal: boolean };

const PAGE_SIZE = 1_000;

/** Every event the source has applied is marked applied on the target (which may have applied more of its own). */
async function processedEventsCheck(source: DossiersDatabase, target: DossiersDatabase): Promise<Check> {
  let after: Record<string, unknown> | null = null;
  let count = 0;
  let found = 0;
  const sourceHash = createHash('md5');
  const targetHash = createHash('md5');
  for (;;) {
    const rows = await rowsAfter(source, PROCESSED_EVENTS, '', [], after, PAGE_SIZE);
    if (rows.length === 0) break;
    const [present] = await target.execute<{ keys: string[] | null }>(sql`
      select array_agg(p.consumer || ' ' || p.event_id order by p.consumer, p.event_id) as keys
      from processed_events p
      join jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as s(consumer text, event_id uuid)
        on s.consumer = p.consumer and s.event_id = p.event_id`);
    const keys = present?.keys ?? [];
    for (const row of rows) sourceHash.update(`${row.consumer} ${row.event_id}\n`);
    for (const key of keys) targetHash.update(`${key}\n`);
    count += rows.length;
    found += keys.length;
    after = rows.at(-1) ?? null;
  }
  const sourceSum = { count, md5: sourceHash.digest('hex') };
  const targetSum = { count: found, md5: targetHash.digest('hex') };
  return {
    name: PROCESSED_EVENTS.name,
    source: sourceSum,
    target: targetSum,
    equal: sourceSum.count === targetSum.count && sourceSum.md5 === targetSum.md5,
  };
}

/**
 * The unit's attachment files on both sides: each file's sha256 must be the one recorded at upload, on the
 * source and on the target. The line per side sums the files up (count, and a hash over `id sha256` lines).
 */
async function filesCheck(
  source: DossiersDatabase,
  unit: string,
  fromFiles: string,
  toFiles: string,
): Promise<{ check: Check; problems: string[] }> {
  const attachments = await source.execute<{ id: string; sha256: string }>(sql`
    select id, sha256 from attachments
    where dossier_code in (select code from dossiers where receiving_unit_code = ${unit})
    order by id`);
  const sides = { source: createHash('md5'), target: createHash('md5') };
  const counts = { source: 0, target: 0 };
  const problems: string[] = [];
  for (const { id, sha256 } of attachments) {
    for (const [side, folder] of [
      ['source', fromFiles],
      ['target', toFiles],
    ] as const) {
      const actual = await fileSha256(folder, id);
      if (actual === null) problems.push(`${side} file ${id} is missing`);
      else if (actual !== sha256)
        problems.push(`${side} file ${id} has sha256 ${actual}, recorded ${sha256}`);
      if (actual !== null) {
        counts[side] += 1;
        sides[side].update(`${id} ${actual}\n`);
      }
    }
  }
  const check: Check = {
    name: 'files (sha256)',
    source: { count: counts.source, md5: sides.source.digest('hex') },
    target: { count: counts.target, md5: sides.target.digest('hex') },
    equal: false,
  };
  check.equal =
    problems.length === 0 &&
    check.source.count === check.target.count &&
    check.source.md5 === check.target.md5;
  return { check, problems };
}

/** Counts and checksums of everything the move copies, computed the same way on both sides. */
export async function verifyUnit(request: {
  source: DossiersDatabase;
  target: DossiersDatabase;
  unit: string;
  agencies: readonly string[];
  fromFiles: string;
  toFiles: string;
}): Promise<{ checks: Check[]; problems: string[]; equal: boolean }> {
  const { source, target, unit, agencies } = request;
  const checks: Check[] = [];
  for (const table of UNIT_TABLES) {
    const [sourceSum, targetSum] = await Promise.all([
      tableSum(source, table, unit, agencies),
      tableSum(target, table, unit, agencies),
    ]);
    checks.push({
      name: table.name,
      source: sourceSum,
      target: targetSum,
      equal: sourceSum.count === targetSum.count && sourceSum.md5 === targetSum.md5,
    });
  }
  checks.push(await processedEventsCheck(source, target));
  const files = await filesCheck(source, unit, request.fromFiles, request.toFiles);
  checks.push(files.check);
  return { checks, problems: files.problems, equal: checks.every((check) => check.equal) };
}

export function formatChecks(checks: readonly Check[]): string[] {
  const width = Math.max(...checks.map((check) => check.name.length));
  return [
    `${'table'.padEnd(width)}  ${'source rows'.padStart(11)}  ${'target rows'.padStart(11)}  ${'source md5'.padEnd(32)}  ${'target md5'.padEnd(32)}`,
    ...checks.map(
      (check) =>
        `${check.name.padEnd(width)}  ${String(check.source.count).padStart(11)}  ${String(check.target.count).padStart(11)}  ${check.source.md5}  ${check.target.md5}  ${check.equal ? 'equal' : 'DIFFERENT'}`,
    ),
  ];
}
