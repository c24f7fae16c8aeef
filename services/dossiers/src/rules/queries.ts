import { clampPageSize, decodeCursor, encodeCursor, userError } from '@dvc/service-kit';
import type { DossiersContext } from '../context';
import { ownDossierPage, type QueueCursor, queueCursorOf, unitQueuePage } from '../data/dossiers';
import { assertMayListUnit, requireSignedIn } from './access';
import { assertServesUnit } from './instance-scope';
import { DOSSIER_STATUSES, type DossierStatus, OPEN_STATUSES } from './status';
import { assertUnitServedHere } from './unit-moves';

export type FilterArgs = {
  statuses?: DossierStatus[] | null;
  due?: 'OVERDUE' | 'DUE_SOON' | null;
  procedureCode?: string | null;
  channel?: string | null;
  assisted?: boolean | null;
  assignedTo?: string | null;
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

/** A unit's work queue; staff see only units on their own path, which the unit code itself tells. */
export async function dossierPage(
  ctx: DossiersContext,
  unitCode: string,
  filter: FilterArgs | null,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  assertServesUnit(ctx.deps, unitCode);
  await assertUnitServedHere(ctx.deps.db, unitCode);
  const identity = ctx.identity;
  // A leader of a district sees its communes: the unit's path is on its dossiers, so check against one of them
  // cheaply by allowing the caller's own unit or any unit whose dossiers carry the caller's unit in their path.
  const allowed =
    identity.unitCode === unitCode || (identity.role === 'LEADER' && identity.unitCode !== null);
  assertMayListUnit(identity, unitCode, allowed);
  const size = clampPageSize(first);
  const page = await unitQueuePage(
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
    },
    parseCursor<QueueCursor>(after),
    size,
  );
  // A leader above the unit sees only dossiers whose path includes the leader's unit.
  const nodes =
    identity.role === 'LEADER' && identity.unitCode !== unitCode
      ? page.nodes.filter((row) => row.unitPath.includes(identity.unitCode as string))
      : page.nodes;
  const last = page.nodes.at(-1);
  return {
    nodes,
    hasNextPage: page.hasNextPage,
    endCursor: page.hasNextPage && last ? encodeCursor(JSON.stringify(queueCursorOf(last))) : null,
  };
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
  const page = await ownDossierPage(
    ctx.deps.db,
    identity.role === 'CITIZEN' ? { ownerSub: identity.sub } : { assistedBy: identity.sub },
    parseCursor<{ createdAt: string; code: string }>(after),
    size,
  );
  const last = page.nodes.at(-1);
  return {
    nodes: page.nodes,
    hasNextPage: page.hasNextPage,
    endCursor:
      page.hasNextPage && last
        ? encodeCursor(JSON.stringify({ createdAt: last.submittedAt.toISOString(), code: last.code }))
        : null,
  };
}
