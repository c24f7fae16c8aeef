import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import type { NotificationRow } from '../data/notifications';

export function requireAdmin(identity: Identity): void {
  if (identity.role === 'ADMIN') return;
  if (identity.role === 'ANONYMOUS')
    throw userError('UNAUTHENTICATED', 'Vui lòng đăng nhập', 'Please sign in');
  throw userError(
    'FORBIDDEN',
    'Chỉ quản trị viên mới xem được hàng đợi',
    'Only administrators may see the queues',
  );
}

/** Officers act on the messages of their own unit's dossiers; administrators on any. */
export function requireMessageOfficer(identity: Identity, unitCode: string | null): void {
  if (identity.role === 'ADMIN') return;
  if (identity.role === 'ANONYMOUS')
    throw userError('UNAUTHENTICATED', 'Vui lòng đăng nhập', 'Please sign in');
  if (identity.role === 'OFFICER' && identity.unitCode !== null && identity.unitCode === unitCode) return;
  throw userError(
    'FORBIDDEN',
    'Chỉ cán bộ của đơn vị tiếp nhận hồ sơ mới gửi lại được thông báo',
    "Only officers of the dossier's unit may resend its messages",
  );
}

export function audienceOf(row: Pick<NotificationRow, 'alertContactId'>): 'APPLICANT' | 'UNIT' {
  return row.alertContactId ? 'UNIT' : 'APPLICANT';
}

/** The desk's own warnings are internal: the applicant and a volunteer see only the messages to the applicant. */
export function visibleMessages(identity: Identity, rows: NotificationRow[]): NotificationRow[] {
  const staff = ['OFFICER', 'LEADER', 'ADMIN', 'SERVICE'].includes(identity.role);
  return staff ? rows : rows.filter((row) => audienceOf(row) === 'APPLICANT');
}
