import { userError } from '@dvc/service-kit';

/**
 * The longest text each argument may carry, by `parent.field` or by field name, checked before any rule or pattern
 * sees it: a request may carry a megabyte, and no name, note or reason needs more than a few thousand characters.
 */
const TEXT_LIMITS: Record<string, number> = {
  'applicant.name': 200,
  'documents.name': 1000,
  receiverName: 200,
  address: 500,
  code: 100,
  unitCode: 20,
  toUnitCode: 20,
  procedureCode: 30,
  idempotencyKey: 200,
  idNumber: 20,
  organizationCode: 20,
  phone: 20,
  email: 254,
  zaloId: 100,
  key: 100,
  value: 2000,
  cases: 300,
  items: 500,
  attachmentIds: 64,
  resultAttachmentId: 64,
  toOfficer: 100,
  assignedTo: 100,
  note: 2000,
  reason: 2000,
  summary: 4000,
  returnUrl: 2000,
  reference: 120,
  verificationCode: 40,
  after: 500,
};
const DEFAULT_TEXT_LIMIT = 1000;

/** The most entries a list argument may have: a form has at most a few hundred fields. */
const LIST_LIMITS: Record<string, number> = { formData: 300 };
const DEFAULT_LIST_LIMIT = 100;

const tooLong = (field: string, max: number) =>
  userError('BAD_USER_INPUT', `${field} dài quá ${max} ký tự`, `${field} is longer than ${max} characters`, {
    fields: [field],
    maxLength: max,
  });

const tooMany = (field: string, max: number) =>
  userError('BAD_USER_INPUT', `${field} có quá ${max} mục`, `${field} has more than ${max} entries`, {
    fields: [field],
    maxItems: max,
  });

/**
 * Refuses any argument text or list longer than its bound, naming it by its path without list indices
 * (`input.applicant.name`). Every root field goes through it before its rule runs.
 */
export function assertBoundedArguments(value: unknown, path: string[] = []): void {
  const field = path.join('.');
  const name = path.at(-1) ?? '';
  if (typeof value === 'string') {
    const max = TEXT_LIMITS[path.slice(-2).join('.')] ?? TEXT_LIMITS[name] ?? DEFAULT_TEXT_LIMIT;
    if (value.length > max) throw tooLong(field, max);
  } else if (Array.isArray(value)) {
    const max = LIST_LIMITS[name] ?? DEFAULT_LIST_LIMIT;
    if (value.length > max) throw tooMany(field, max);
    for (const item of value) assertBoundedArguments(item, path);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) assertBoundedArguments(item, [...path, key]);
  }
}

/**
 * An address with one `@`, no spaces, and a dotted domain. Checked by hand and with a pattern whose parts cannot
 * overlap (a domain label holds no dot), so its time grows with the length, never with its square.
 */
export function isEmail(value: string): boolean {
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@') || /\s/.test(value)) return false;
  return /^[^@.]+(?:\.[^@.]+)+$/.test(value.slice(at + 1));
}
