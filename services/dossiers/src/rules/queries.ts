import { clampPageSize, decodeCursor, encodeCursor, userError } from '@dvc/service-kit';
import type { DossiersContext } from '../context';
import { ownDossierPage, type QueueCursor, queueCursorOf, unitQueuePage } from '../data/dossiers';
import { assertMayListUnit, requireSignedIn } from './access';
import { assertServesUnit } from './instance-scope';
import { DOSSIER_STATUSES, type DossierStatus, OPEN_STATUSES } from './status';
import { assertUnitServedHere } from './unit-moves';

export type FilterArgs = {
  statuses?: DossierStatus[] | null;
  due?: 'OVERDUE' | 'DUE_SOON' | 'ACCEPTANCE_OVERDUE' | null;
  procedureCode?: string | null;
  channel?: string | null;
  assisted?: boolean | null;
  assignedTo?: string | null;
  includeSubunits?: boolean | null;
};

function parseCursor<T>(after: string | null | undefined): T | null {
  const raw = decodeCursor(after);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw userError('BAD_USER_INPUT', 'Con trỏ phân trang không hợp lệ', 'Invalid pagination cursor');
  }
}

/** Administrators list any unit, officers their own, leaders their own and every unit below it. */
async function mayListUnit(ctx: DossiersContext, unitCode: string): Promise<boolean> {
  const identity = ctx.identity;
  if (identity.role === 'ADMIN' || identity.unitCode === unitCode) return true;
  if (identity.role !== 'LEADER' || identity.unitCode === null) return false;
  const unit = await ctx.deps.catalogue.unit(unitCode);
  return unit?.path.includes(identity.unitCode) ?? false;
}

/**
 * A page of a list whose keyset position is a time then the dossier code. Each edge's `sortKey` is that position as
 * text that compares like the pair, since the time has a fixed width (ISO 8601 in UTC with milliseconds, or
 * `infinity`, which sorts after every time): the gateway merges pages of several instances by it.
 */
function page<T extends { code: string }>(
  rows: { nodes: T[]; hasNextPage: boolean },
  keyOf: (row: T) => { code: string } & ({ due: string } | { createdAt: string }),
) {
  const edges = rows.nodes.map((node) => {
    const key = keyOf(node);
    const time = 'due' in key ? key.due : key.createdAt;
    return { node, cursor: encodeCursor(JSON.stringify(key)), sortKey: `${time} ${key.code}` };
  });
  return {
    nodes: rows.nodes,
    edges,
    hasNextPage: rows.hasNextPage,
    endCursor: rows.hasNextPage ? (edges.at(-1)?.cursor ?? null) : null,
  };
}

/**
 * A unit's work queue, or with `includeSubunits` the queue of the unit and every unit below it. Access is
 * decided before the query, and what staff may see is part of it, so that every page is full.
 */
export async function dossierPage(
  ctx: DossiersContext,
  unitCode: string,
  filter: FilterArgs | null,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const includeSubunits = filter?.includeSubunits === true;
  // An instance asked for the units below a unit lists those of its own units that lie below it (it holds no
  // others); the gateway asks every instance concerned and merges their pages.
  if (!includeSubunits) {
    assertServesUnit(ctx.deps, unitCode);
    await assertUnitServedHere(ctx.deps.db, unitCode);
  }
  const identity = ctx.identity;
  requireSignedIn(identity);
  assertMayListUnit(identity, unitCode, await mayListUnit(ctx, unitCode));
  const size = clampPageSize(first);
  const rows = await unitQueuePage(
    ctx.deps.db,
    unitCode,
    {
      statuses: filter?.statuses?.length
        ? filter.statuses.map((s) => DOSSIER_STATUSES[s])
        : [...OPEN_STATUSES],
      due: filter?.due ?? null,
      dueSoonHours: ctx.dueSoonHours,
      procedureCode: filter?.procedureCode ?? null,
      channel: filter?.channel ?? null,
      assisted: filter?.assisted ?? null,
      assignedTo: filter?.assignedTo ?? null,
      now: ctx.deps.now(),
      includeSubunits,
      visibleTo: identity.role === 'ADMIN' ? null : identity.unitCode,
    },
    parseCursor<QueueCursor>(after),
    size,
  );
  return page(rows, queueCursorOf);
}

export async function ownPage(
  ctx: DossiersContext,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const identity = ctx.identity;
  requireSignedIn(identity);
  if ((identity.role !== 'CITIZEN' && identity.role !== 'VOLUNTEER') || !identity.sub) {
    throw userError(
      'FORBIDDEN',
      'Danh sách "hồ sơ của tôi" dành cho công dân và tình nguyện viên',
      '"My dossiers" is for citizens and volunteers',
    );
  }
  const size = clampPageSize(first);
  const rows = await ownDossierPage(
    ctx.deps.db,
    identity.role === 'CITIZEN' ? { ownerSub: identity.sub } : { assistedBy: identity.sub },
    parseCursor<{ createdAt: string; code: string }>(after),
    size,
  );
  return page(rows, (row) => ({ createdAt: row.submittedAt.toISOString(), code: row.code }));
}
