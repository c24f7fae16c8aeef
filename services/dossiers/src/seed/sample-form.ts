import type { CatalogueProcedure, FormField } from '../catalogue';

/** Plausible values for a demonstration filing, so that demo dossiers pass the same form checks as real ones. */
function sampleValue(field: FormField, applicant: { name: string; idNumber: string; phone: string }): string {
  switch (field.type) {
    case 'DATE':
      return '1990-05-12';
    case 'NUMBER':
      return '1';
    case 'CHECKBOX':
      return 'true';
    case 'SELECT':
      return field.options?.[0]?.value ?? '';
    case 'ID_NUMBER':
      return applicant.idNumber;
    case 'PHONE':
      return applicant.phone;
    case 'EMAIL':
      return 'congdan@example.vn';
    default:
      return /time|gio/i.test(field.key)
        ? '08:30'
        : /name|ten/i.test(field.key)
          ? applicant.name
          : 'Xã Lai Vung, tỉnh Đồng Tháp';
  }
}

export function sampleFormData(
  procedure: CatalogueProcedure,
  applicant: { name: string; idNumber: string; phone: string },
): Array<{ key: string; value: string }> {
  const seen = new Set<string>();
  return procedure.forms
    .flatMap((form) => form.fields)
    .filter((field) => field.required && !seen.has(field.key) && seen.add(field.key))
    .map((field) => ({ key: field.key, value: sampleValue(field, applicant) }));
}
