import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';

export const isAdmin = (identity: Identity) => identity.role === 'ADMIN';

export function requireAdmin(identity: Identity): void {
  if (isAdmin(identity)) return;
  throw userError(
    'FORBIDDEN',
    'Chỉ quản trị viên được thay đổi danh mục thủ tục, biểu mẫu, lịch làm việc và đơn vị hành chính',
    'Only administrators may change procedures, forms, the working-day calendar and administrative units',
  );
}
