import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import type { DossierRow } from '../data/dossiers';
import type { Action } from './status';

/**
 * Who sees a dossier: its owner, the volunteer who filed it, staff of the unit that owns it (and of the units
 * above it), the desk that took it in (after a transfer), administrators, and our own services.
 */
export function canReadDossier(identity: Identity, dossier: DossierRow): boolean {
  switch (identity.role) {
    case 'ADMIN':
    case 'SERVICE':
      return true;
    case 'OFFICER':
    case 'LEADER':
      return (
        identity.unitCode !== null &&
        (dossier.unitPath.includes(identity.unitCode) || dossier.receivingUnitCode === identity.unitCode)
      );
    case 'CITIZEN':
      return identity.sub !== null && dossier.ownerSub === identity.sub;
    case 'VOLUNTEER':
      return identity.sub !== null && dossier.assistedBy === identity.sub;
    default:
      return false;
  }
}

const DESK_ACTIONS: readonly Action[] = [
  'RECEIVE',
  'REFUSE',
  'REQUEST_SUPPLEMENT',
  'START_PROCESSING',
  'TRANSFER',
  'REQUEST_PAYMENT',
  'PAY',
  'RESOLVE',
  'APOLOGIZE',
  'RETURN_RESULT',
  'STOP',
];

const isOwnUnitOfficer = (identity: Identity, dossier: DossierRow) =>
  identity.role === 'OFFICER' && identity.unitCode !== null && identity.unitCode === dossier.unitCode;

/** Whether the caller may take this action on this dossier; the status is checked separately. */
export function mayAct(identity: Identity, action: Action, dossier: DossierRow): boolean {
  if (DESK_ACTIONS.includes(action)) return isOwnUnitOfficer(identity, dossier);
  if (action === 'SUPPLEMENT') {
    return (
      isOwnUnitOfficer(identity, dossier) ||
      (identity.role === 'CITIZEN' && identity.sub !== null && dossier.ownerSub === identity.sub) ||
      (identity.role === 'VOLUNTEER' &&
        identity.sub !== null &&
        dossier.assistedBy === identity.sub &&
        identity.unitCode === dossier.unitCode)
    );
  }
  if (action === 'WITHDRAW') {
    // An officer records a withdrawal the applicant asked for in writing at the desk.
    return (
      isOwnUnitOfficer(identity, dossier) ||
      (identity.role === 'CITIZEN' && identity.sub !== null && dossier.ownerSub === identity.sub)
    );
  }
  return false;
}

export function requireSignedIn(identity: Identity): void {
  if (identity.role === 'ANONYMOUS') {
    throw userError('UNAUTHENTICATED', 'Vui lòng đăng nhập', 'Please sign in');
  }
}

export const dossierNotFound = (code: string) =>
  userError(
    'NOT_FOUND',
    `Không tìm thấy hồ sơ ${code} hoặc bạn không có quyền xem hồ sơ này`,
    `Dossier ${code} does not exist or you may not see it`,
  );

/** Officers and leaders list the units on their path; administrators list any unit. */
export function assertMayListUnit(identity: Identity, unitCode: string, unitAllowed: boolean): void {
  requireSignedIn(identity);
  if (identity.role === 'ADMIN') return;
  if ((identity.role === 'OFFICER' || identity.role === 'LEADER') && unitAllowed) return;
  throw userError(
    'FORBIDDEN',
    `Chỉ cán bộ, lãnh đạo của đơn vị ${unitCode} mới xem được danh sách hồ sơ`,
    `Only officers and leaders of unit ${unitCode} may list its dossiers`,
  );
}
