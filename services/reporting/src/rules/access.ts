import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import type { UnitNode } from '../catalogue/units';

/**
 * Who may read a unit's reports: a LEADER of the unit or of any unit above it, an OFFICER of that very unit, an
 * ADMIN, and our own services. An officer of another commune is refused, and so is anyone without a token (the
 * public sees the transparency board instead).
 */
export function assertCanReadReports(identity: Identity, unit: UnitNode): void {
  if (identity.role === 'ANONYMOUS') {
    throw userError('UNAUTHENTICATED', 'Vui lòng đăng nhập để xem báo cáo', 'Sign in to read reports');
  }
  if (identity.role === 'ADMIN' || identity.role === 'SERVICE') return;
  if (
    identity.role === 'LEADER' &&
    identity.unitCode &&
    [unit.code, ...unit.ancestors].includes(identity.unitCode)
  )
    return;
  if (identity.role === 'OFFICER' && identity.unitCode === unit.code) return;
  throw userError(
    'FORBIDDEN',
    `Bạn không có quyền xem báo cáo của ${unit.name}`,
    `You may not read the reports of ${unit.name} (${unit.code})`,
  );
}

/** Targets are set by a LEADER of a unit above (or of the unit itself) and by an ADMIN. */
export function assertCanSetTargets(identity: Identity, unit: UnitNode): void {
  if (identity.role === 'ADMIN') return;
  if (
    identity.role === 'LEADER' &&
    identity.unitCode &&
    [unit.code, ...unit.ancestors].includes(identity.unitCode)
  )
    return;
  if (identity.role === 'ANONYMOUS') {
    throw userError('UNAUTHENTICATED', 'Vui lòng đăng nhập', 'Sign in first');
  }
  throw userError(
    'FORBIDDEN',
    `Chỉ lãnh đạo ${unit.name} hoặc cấp trên được đặt chỉ tiêu`,
    `Only a leader of ${unit.name} or of a unit above it may set its targets`,
  );
}
