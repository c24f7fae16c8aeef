import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import type { Logger } from 'pino';
import { z } from 'zod';
import { maskEmail, maskPhone } from '../contacts/dossier-contacts';
import { alertContactsOf, replaceAlertContacts, type UnitAlertContactRow } from '../data/unit-alerts';
import type { NotificationsDatabase } from '../db';
import { internationalPhone } from '../providers/adapters';

/** Enough for a desk, its leader and a deputy or two; a longer list is a mailing list's job. */
const MAX_PER_CHANNEL = 10;
/** GSO codes: 2 digits for a province, 3 for a district, 5 for a commune. */
const UNIT_CODE = /^(\d{2}|\d{3}|\d{5})$/;
const email = z.email();

export type UnitAlertContacts = { unitCode: string; emails: string[]; phones: string[] };

function shape(unitCode: string, rows: UnitAlertContactRow[]): UnitAlertContacts {
  return {
    unitCode,
    emails: rows.filter((row) => row.channel === 'EMAIL').map((row) => row.address),
    phones: rows.filter((row) => row.channel === 'SMS').map((row) => row.address),
  };
}

function validUnitCode(unitCode: string): string {
  const code = unitCode.trim();
  if (!UNIT_CODE.test(code)) {
    throw userError(
      'BAD_USER_INPUT',
      'Mã đơn vị hành chính không hợp lệ (mã thống kê gồm 2, 3 hoặc 5 chữ số, ví dụ 30226)',
      'Not a unit code (a statistical code of 2, 3 or 5 digits, e.g. 30226)',
      { unitCode },
    );
  }
  return code;
}

function requireUnit(identity: Identity, unitCode: string, roles: readonly Identity['role'][]): void {
  if (identity.role === 'ADMIN') return;
  if (identity.role === 'ANONYMOUS')
    throw userError('UNAUTHENTICATED', 'Vui lòng đăng nhập', 'Please sign in');
  if (roles.includes(identity.role) && identity.unitCode === unitCode) return;
  throw userError(
    'FORBIDDEN',
    roles.includes('OFFICER')
      ? 'Chỉ cán bộ của đơn vị và quản trị viên mới xem được địa chỉ nhận cảnh báo của đơn vị'
      : 'Chỉ lãnh đạo của đơn vị và quản trị viên mới thay đổi được địa chỉ nhận cảnh báo của đơn vị',
    roles.includes('OFFICER')
      ? "Only the unit's staff and administrators may see its alert contacts"
      : "Only the unit's leaders and administrators may change its alert contacts",
  );
}

/** For the unit's officers and leaders, and administrators. */
export async function readUnitAlertContacts(
  db: NotificationsDatabase,
  identity: Identity,
  unitCode: string,
): Promise<UnitAlertContacts> {
  const code = validUnitCode(unitCode);
  requireUnit(identity, code, ['OFFICER', 'LEADER']);
  return shape(code, await alertContactsOf(db, code));
}

/** Replaces the unit's list; for the unit's leaders and administrators. A refused list changes nothing. */
export async function setUnitAlertContacts(
  deps: { db: NotificationsDatabase; logger: Logger },
  identity: Identity,
  input: { unitCode: string; emails: string[]; phones: string[] },
): Promise<UnitAlertContacts> {
  const code = validUnitCode(input.unitCode);
  requireUnit(identity, code, ['LEADER']);
  const emails = [...new Set(input.emails.map((value) => value.trim().toLowerCase()))];
  for (const value of emails) {
    if (!email.safeParse(value).success) {
      throw userError(
        'BAD_USER_INPUT',
        `Địa chỉ thư điện tử không hợp lệ: "${value}"`,
        `Not an e-mail address: "${value}"`,
        { field: 'emails' },
      );
    }
  }
  const phones = [
    ...new Set(
      input.phones.map((value) => {
        try {
          return `0${internationalPhone(value).slice(2)}`;
        } catch {
          throw userError(
            'BAD_USER_INPUT',
            `Số điện thoại phải là số di động Việt Nam (ví dụ 0912345678): "${value}"`,
            `Phone numbers must be Vietnamese mobile numbers (e.g. 0912345678): "${value}"`,
            { field: 'phones' },
          );
        }
      }),
    ),
  ];
  if (emails.length > MAX_PER_CHANNEL || phones.length > MAX_PER_CHANNEL) {
    throw userError(
      'BAD_USER_INPUT',
      `Tối đa ${MAX_PER_CHANNEL} địa chỉ thư điện tử và ${MAX_PER_CHANNEL} số điện thoại cho mỗi đơn vị`,
      `At most ${MAX_PER_CHANNEL} e-mail addresses and ${MAX_PER_CHANNEL} phone numbers per unit`,
    );
  }
  const rows = await replaceAlertContacts(
    deps.db,
    code,
    [
      ...emails.map((address) => ({ channel: 'EMAIL' as const, address })),
      ...phones.map((address) => ({ channel: 'SMS' as const, address })),
    ],
    identity.sub ?? identity.role,
  );
  deps.logger.info(
    { unitCode: code, by: identity.sub, emails: emails.map(maskEmail), phones: phones.map(maskPhone) },
    'unit alert contacts replaced',
  );
  return shape(code, rows);
}
