import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import type { DossierRow } from '../data/dossiers';

/** Staff see the dossiers of their unit and of the units below it; administrators see all. */
export function canReadDossier(identity: Identity, dossier: DossierRow): boolean {
  if (identity.role === 'ADMIN') return true;
  if (identity.role === 'OFFICER' || identity.role === 'LEADER') {
    return identity.unitCode !== null && dossier.unitPath.includes(identity.unitCode);
  }
  return false;
}

/** The unit restriction for list queries: null for administrators, the caller's unit for staff. */
export function dossierListScope(identity: Identity): string | null {
  if (identity.role === 'ADMIN') return null;
  if ((identity.role === 'OFFICER' || identity.role === 'LEADER') && identity.unitCode)
    return identity.unitCode;
  if (identity.role === 'ANONYMOUS') {
    throw userError('UNAUTHENTICATED', 'Vui lòng đăng nhập', 'Please sign in');
  }
  throw userError(
    'FORBIDDEN',
    'Chỉ cán bộ, lãnh đạo của đơn vị mới xem được danh sách hồ sơ',
    "Only the unit's officers and leaders may list its dossiers",
  );
}
