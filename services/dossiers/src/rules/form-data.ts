import { userError } from '@dvc/service-kit';
import type { FormField } from '../catalogue';
import { isEmail } from './text';

const CHECKS: Partial<Record<FormField['type'], { test: (v: string) => boolean; vi: string; en: string }>> = {
  DATE: {
    test: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    vi: 'phải là ngày dạng YYYY-MM-DD',
    en: 'must be a date YYYY-MM-DD',
  },
  NUMBER: { test: (v) => /^-?\d+(\.\d+)?$/.test(v), vi: 'phải là số', en: 'must be a number' },
  CHECKBOX: {
    test: (v) => v === 'true' || v === 'false',
    vi: 'phải là true hoặc false',
    en: 'must be true or false',
  },
  ID_NUMBER: {
    test: (v) => /^\d{12}$/.test(v),
    vi: 'phải gồm 12 chữ số (CCCD)',
    en: 'must be 12 digits (CCCD)',
  },
  PHONE: {
    test: (v) => /^0\d{9}$/.test(v),
    vi: 'phải là số điện thoại 10 chữ số',
    en: 'must be a 10-digit phone number',
  },
  EMAIL: {
    test: isEmail,
    vi: 'phải là địa chỉ thư điện tử',
    en: 'must be an e-mail address',
  },
};

/**
 * Checks a filing's form values against the procedure's form fields and returns them keyed by field: every
 * problem is reported at once, so that the applicant fixes the form in one go. Required fields are required of
 * online filings; at the desk and by post the signed paper form is the declaration, and what the officer types
 * in is checked but may be partial.
 */
export function validateFormData(
  fields: FormField[],
  values: Array<{ key: string; value: string }>,
  options: { requireAll: boolean },
): Record<string, string> {
  const known = new Map(fields.map((field) => [field.key, field]));
  const data: Record<string, string> = {};
  const problems: Array<{ key: string; vi: string; en: string }> = [];
  for (const { key, value } of values) {
    if (!known.has(key))
      problems.push({ key, vi: 'không có trong tờ khai', en: 'is not a field of the form' });
    else if (key in data) problems.push({ key, vi: 'bị khai hai lần', en: 'is given twice' });
    else data[key] = value.trim();
  }
  for (const field of fields) {
    const value = data[field.key];
    if (value === undefined || value === '') {
      delete data[field.key];
      if (field.required && options.requireAll)
        problems.push({ key: field.key, vi: `(${field.label}) là bắt buộc`, en: 'is required' });
      continue;
    }
    const check = CHECKS[field.type];
    if (check && !check.test(value))
      problems.push({ key: field.key, vi: `(${field.label}) ${check.vi}`, en: check.en });
    const tooLong = field.maxLength !== null && value.length > field.maxLength;
    if (tooLong) {
      problems.push({
        key: field.key,
        vi: `(${field.label}) dài quá ${field.maxLength} ký tự`,
        en: `is longer than ${field.maxLength} characters`,
      });
    }
    // The catalogue's own pattern runs only on a value of the length the form allows.
    if (!tooLong && field.pattern && !new RegExp(`^(?:${field.pattern})$`, 'u').test(value)) {
      problems.push({
        key: field.key,
        vi: `(${field.label}) không đúng định dạng`,
        en: 'has the wrong format',
      });
    }
    if (field.type === 'SELECT' && field.options && !field.options.some((option) => option.value === value)) {
      problems.push({
        key: field.key,
        vi: `(${field.label}) không phải lựa chọn hợp lệ`,
        en: 'is not one of the options',
      });
    }
  }
  if (problems.length > 0) {
    throw userError(
      'BAD_USER_INPUT',
      `Tờ khai chưa hợp lệ: ${problems.map((p) => `${p.key} ${p.vi}`).join('; ')}`,
      `The form is not valid: ${problems.map((p) => `${p.key} ${p.en}`).join('; ')}`,
      { fields: problems.map((p) => p.key) },
    );
  }
  return data;
}
