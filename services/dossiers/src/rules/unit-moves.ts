import type { Transaction } from '@dvc/database';
import { userError } from '@dvc/service-kit';
import type { GraphQLError } from 'graphql';
import { lockUnitForWrite, movedUnits, type UnitStateRow, unitState } from '../data/unit-states';
import type { DossiersDatabase } from '../db';

export function unitMovingError(unitCode: string): GraphQLError {
  return userError(
    'UNIT_MOVING',
    `Hồ sơ của đơn vị ${unitCode} đang được chuyển sang máy chủ khác, vui lòng thử lại sau ít phút`,
    `The dossiers of unit ${unitCode} are being moved to another server; try again in a few minutes`,
    { unit: unitCode },
  );
}

export function unitMovedError(state: Pick<UnitStateRow, 'unitCode' | 'target'>): GraphQLError {
  return userError(
    'UNIT_MOVED',
    `Hồ sơ của đơn vị ${state.unitCode} nay do máy chủ ${state.target} phục vụ; vui lòng thử lại`,
    `The dossiers of unit ${state.unitCode} are now served by server ${state.target}; try again`,
    { unit: state.unitCode },
  );
}

/**
 * Called inside every transaction that writes a unit's dossiers, before it commits: while the unit is being moved
 * a write here would be missing from the copy, and once it has moved it would land in rows nobody reads any more.
 */
export async function assertUnitWritable(tx: Transaction, unitCode: string): Promise<void> {
  await lockUnitForWrite(tx, unitCode);
  const state = await unitState(tx, unitCode);
  if (state?.state === 'MOVING') throw unitMovingError(unitCode);
  if (state?.state === 'MOVED') throw unitMovedError(state);
}

/** Reads are refused only once the unit has moved: until then the rows here are the unit's true state. */
export async function assertUnitServedHere(db: DossiersDatabase, unitCode: string): Promise<void> {
  const state = (await movedUnits(db, [unitCode])).get(unitCode);
  if (state) throw unitMovedError(state);
}

/** The refusal for each unit among these that has moved away. */
export async function movedAwayErrors(
  db: DossiersDatabase,
  unitCodes: readonly string[],
): Promise<Map<string, GraphQLError>> {
  const moved = await movedUnits(db, unitCodes);
  return new Map([...moved].map(([unit, state]) => [unit, unitMovedError(state)]));
}
