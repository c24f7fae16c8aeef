import { userError } from '@dvc/service-kit';

/** National procedure codes look like 1.001193 (group digit, six digits). */
export const PROCEDURE_CODE = /^\d\.\d{6}$/;
/** GSO codes: 2 digits for a province, 3 for a district, 5 for a commune. */
export const UNIT_CODE = /^(\d{2}|\d{3}|\d{5})$/;

export function requireProcedureCode(code: string): void {
  if (PROCEDURE_CODE.test(code)) return;
  throw userError(
    'BAD_USER_INPUT',
    `Mã thủ tục "${code}" không đúng dạng; mã thủ tục quốc gia có dạng 1.001193`,
    `Procedure code "${code}" is malformed; national codes look like 1.001193`,
  );
}

export function requireUnitCode(code: string): void {
  if (UNIT_CODE.test(code)) return;
  throw userError(
    'BAD_USER_INPUT',
    `Mã đơn vị hành chính "${code}" không đúng dạng; mã gồm 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số`,
    `Unit code "${code}" is malformed; GSO codes have 2 (province), 3 (district) or 5 (commune) digits`,
  );
}

export function notFound(what: string, whatEn: string, code: string) {
  return userError(
    'NOT_FOUND',
    `Không tìm thấy ${what} có mã "${code}"`,
    `No ${whatEn} with code "${code}"`,
    {
      key: code,
    },
  );
}
