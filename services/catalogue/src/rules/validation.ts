import { addDays, userError } from '@dvc/service-kit';
import type { FormFieldRecord } from '../db/schema';
import { UNIT_CODE } from './codes';
import type { ProcedureDetails } from './procedures';
import { parseCutoff } from './working-time';

/** Problems found in one input, each with where it is, in Vietnamese and in English. */
class Problems {
  readonly list: Array<{ path: string; vi: string; en: string }> = [];
  add(path: string, vi: string, en: string) {
    this.list.push({ path, vi, en });
  }
  text(path: string, value: string | null | undefined, max: number, required = true) {
    const trimmed = value?.trim() ?? '';
    if (required && trimmed === '') this.add(path, 'không được để trống', 'must not be empty');
    else if (trimmed.length > max) this.add(path, `dài quá ${max} ký tự`, `is longer than ${max} characters`);
  }
  /** Refuses the whole input if anything was wrong: a refused request changes nothing. */
  throwIfAny(what: string, whatEn: string) {
    if (this.list.length === 0) return;
    const vi = this.list.map((p) => `${p.path}: ${p.vi}`).join('; ');
    const en = this.list.map((p) => `${p.path}: ${p.en}`).join('; ');
    throw userError('BAD_USER_INPUT', `${what} không hợp lệ: ${vi}`, `Invalid ${whatEn}: ${en}`, {
      problems: this.list.map(({ path, vi: messageVi, en: messageEn }) => ({ path, messageVi, messageEn })),
    });
  }
}

const FORM_ID = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;
const FIELD_KEY = /^[a-z][A-Za-z0-9]*$/;
const LEGACY_FOR: Record<string, number[]> = { FULL_PROCESS: [4], PARTIAL: [3], INFORMATION_ONLY: [1, 2] };

export type ProcedureInput = ProcedureDetails & {
  name: string;
  field: string;
  levels: Array<'DISTRICT' | 'COMMUNE' | 'PROVINCE'>;
  onlineLevel: 'FULL_PROCESS' | 'PARTIAL' | 'INFORMATION_ONLY';
  legacyLevel: number;
  confirmed: boolean;
  note?: string | null;
};

export function validateProcedure(input: ProcedureInput, knownFormIds: Set<string>): void {
  const problems = new Problems();
  problems.text('name', input.name, 500);
  problems.text('field', input.field, 100);
  problems.text('implementingAgency', input.implementingAgency, 500);
  problems.text('result', input.result, 2000);
  problems.text('conditions', input.conditions, 4000, false);
  problems.text('note', input.note, 2000, false);
  if (input.levels.length === 0)
    problems.add('levels', 'cần ít nhất một cấp thực hiện', 'needs at least one level');
  if (input.steps.length === 0) problems.add('steps', 'cần ít nhất một bước', 'needs at least one step');
  input.steps.forEach((step, i) => {
    problems.text(`steps[${i}]`, step, 2000);
  });
  if (!(LEGACY_FOR[input.onlineLevel] ?? []).includes(input.legacyLevel)) {
    problems.add(
      'legacyLevel',
      `mức ${input.legacyLevel} không khớp mức trực tuyến ${input.onlineLevel} (toàn trình: 4, một phần: 3, chỉ thông tin: 1–2)`,
      `level ${input.legacyLevel} does not match ${input.onlineLevel} (full: 4, partial: 3, information only: 1–2)`,
    );
  }
  if (input.methods.length === 0) {
    problems.add('methods', 'cần ít nhất một cách nộp', 'needs at least one submission method');
  }
  const methods = new Set<string>();
  input.methods.forEach((method, i) => {
    const path = `methods[${i}]`;
    if (methods.has(method.method)) problems.add(`${path}.method`, 'bị lặp', 'is listed twice');
    methods.add(method.method);
    if (method.method === 'ONLINE' && input.onlineLevel === 'INFORMATION_ONLY') {
      problems.add(
        `${path}.method`,
        'thủ tục chỉ cung cấp thông tin thì không nhận hồ sơ trực tuyến',
        'a procedure offered for information only takes no online dossiers',
      );
    }
    const { unit, value, cutoff } = method.duration;
    if (!Number.isInteger(value) || value < 0 || value > 365) {
      problems.add(`${path}.duration.value`, 'phải từ 0 đến 365', 'must be from 0 to 365');
    } else if (unit === 'SAME_DAY' && value !== 0) {
      problems.add(
        `${path}.duration.value`,
        'phải bằng 0 với thủ tục trả trong ngày',
        'must be 0 for SAME_DAY',
      );
    } else if (unit !== 'SAME_DAY' && value === 0) {
      problems.add(`${path}.duration.value`, 'phải lớn hơn 0', 'must be greater than 0');
    }
    if (cutoff != null) {
      try {
        parseCutoff(cutoff);
      } catch {
        problems.add(
          `${path}.duration.cutoff`,
          'phải có dạng HH:MM trong giờ hành chính',
          'must be HH:MM within office hours',
        );
      }
    }
    const { kind, amountVnd } = method.fee;
    if (!Number.isInteger(amountVnd) || amountVnd < 0) {
      problems.add(
        `${path}.fee.amountVnd`,
        'phải là số đồng nguyên, không âm',
        'must be a whole, non-negative number of đồng',
      );
    } else if ((kind === 'FREE' || kind === 'SET_BY_PROVINCE') && amountVnd !== 0) {
      problems.add(
        `${path}.fee.amountVnd`,
        `phải bằng 0 khi loại phí là ${kind}`,
        `must be 0 when the fee is ${kind}`,
      );
    } else if (kind !== 'FREE' && kind !== 'SET_BY_PROVINCE' && amountVnd === 0) {
      problems.add(
        `${path}.fee.amountVnd`,
        'phải lớn hơn 0 với phí có mức thu',
        'must be above 0 for a charged fee',
      );
    }
    problems.text(`${path}.fee.description`, method.fee.description, 1000);
  });
  input.documents.forEach((document, i) => {
    const path = `documents[${i}]`;
    problems.text(`${path}.case`, document.case, 300);
    problems.text(`${path}.name`, document.name, 1000);
    const { original, copy } = document.copies;
    if (![original, copy].every((n) => Number.isInteger(n) && n >= 0 && n <= 20)) {
      problems.add(`${path}.copies`, 'số bản phải từ 0 đến 20', 'copies must be from 0 to 20');
    }
    if (document.formCode && !knownFormIds.has(document.formCode)) {
      problems.add(
        `${path}.formId`,
        `không có biểu mẫu "${document.formCode}"`,
        `no form "${document.formCode}"`,
      );
    }
  });
  input.legalBasis.forEach((law, i) => {
    problems.text(`legalBasis[${i}].number`, law.number, 100);
    problems.text(`legalBasis[${i}].issuer`, law.issuer, 200);
    problems.text(`legalBasis[${i}].title`, law.title, 1000);
  });
  problems.throwIfAny('Thủ tục', 'procedure');
}

export type FormInput = {
  name: string;
  legalSource: string;
  fields: FormFieldRecord[];
  confirmed: boolean;
  note?: string | null;
};

export function validateForm(id: string, input: FormInput): void {
  const problems = new Problems();
  if (!FORM_ID.test(id)) {
    problems.add(
      'id',
      'chỉ gồm chữ in hoa, chữ số và dấu gạch nối, ví dụ HT-TK-KHAI-SINH',
      'must be upper-case letters, digits and hyphens, e.g. HT-TK-KHAI-SINH',
    );
  }
  problems.text('name', input.name, 300);
  problems.text('legalSource', input.legalSource, 500);
  problems.text('note', input.note, 2000, false);
  if (input.fields.length === 0) problems.add('fields', 'cần ít nhất một trường', 'needs at least one field');
  const keys = new Set<string>();
  input.fields.forEach((field, i) => {
    const path = `fields[${i}]`;
    if (!FIELD_KEY.test(field.key)) {
      problems.add(
        `${path}.key`,
        'phải ở dạng camelCase, ví dụ childFullName',
        'must be camelCase, e.g. childFullName',
      );
    }
    if (keys.has(field.key))
      problems.add(`${path}.key`, `"${field.key}" bị lặp`, `"${field.key}" is used twice`);
    keys.add(field.key);
    problems.text(`${path}.label`, field.label, 300);
    problems.text(`${path}.help`, field.help, 1000, false);
    if (field.pattern != null) {
      try {
        new RegExp(field.pattern, 'u');
      } catch {
        problems.add(
          `${path}.pattern`,
          'không phải biểu thức chính quy hợp lệ',
          'is not a valid regular expression',
        );
      }
    }
    if (
      field.maxLength != null &&
      (!Number.isInteger(field.maxLength) || field.maxLength < 1 || field.maxLength > 10000)
    ) {
      problems.add(`${path}.maxLength`, 'phải từ 1 đến 10000', 'must be from 1 to 10000');
    }
    const options = field.options ?? [];
    if (field.type === 'SELECT') {
      if (options.length === 0)
        problems.add(
          `${path}.options`,
          'trường chọn cần ít nhất một lựa chọn',
          'a SELECT field needs options',
        );
      if (new Set(options.map((option) => option.value)).size !== options.length) {
        problems.add(`${path}.options`, 'giá trị lựa chọn bị lặp', 'option values repeat');
      }
      options.forEach((option, j) => {
        problems.text(`${path}.options[${j}].value`, option.value, 100);
        problems.text(`${path}.options[${j}].label`, option.label, 300);
      });
    } else if (options.length > 0) {
      problems.add(`${path}.options`, 'chỉ trường SELECT có lựa chọn', 'only SELECT fields have options');
    }
  });
  problems.throwIfAny('Biểu mẫu', 'form');
}

export type CalendarYearInput = {
  year: number;
  source: string;
  daysOff: Array<{ date: string; name: string }>;
  makeUpWorkingDays: Array<{ date: string; replaces: string; name: string }>;
  confirmed: boolean;
  note?: string | null;
};

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

export function validateCalendarYear(input: CalendarYearInput): void {
  const problems = new Problems();
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
    problems.add('year', 'phải từ 2000 đến 2100', 'must be from 2000 to 2100');
  }
  problems.text('source', input.source, 1000);
  problems.text('note', input.note, 4000, false);
  // A year's announced break may start in the last days of the year before (2019's began on 31/12/2018).
  const first = addDays(`${input.year}-01-01`, -7);
  const last = `${input.year}-12-31`;
  const daysOff = new Set<string>();
  input.daysOff.forEach((day, i) => {
    if (day.date < first || day.date > last) {
      problems.add(`daysOff[${i}].date`, `không thuộc năm ${input.year}`, `is not in ${input.year}`);
    }
    if (daysOff.has(day.date)) problems.add(`daysOff[${i}].date`, 'bị lặp', 'is listed twice');
    daysOff.add(day.date);
    problems.text(`daysOff[${i}].name`, day.name, 300);
  });
  input.makeUpWorkingDays.forEach((day, i) => {
    const path = `makeUpWorkingDays[${i}]`;
    if (day.date < first || day.date > last)
      problems.add(`${path}.date`, `không thuộc năm ${input.year}`, `is not in ${input.year}`);
    if (![0, 6].includes(weekday(day.date))) {
      problems.add(
        `${path}.date`,
        'ngày làm bù phải là thứ Bảy hoặc Chủ nhật',
        'a make-up working day must be a Saturday or Sunday',
      );
    }
    if (daysOff.has(day.date)) problems.add(`${path}.date`, 'đang là ngày nghỉ', 'is also a day off');
    if (!daysOff.has(day.replaces)) {
      problems.add(
        `${path}.replaces`,
        'phải là một ngày nghỉ đã khai báo',
        'must be one of the listed days off',
      );
    }
    problems.text(`${path}.name`, day.name, 300);
  });
  problems.throwIfAny('Lịch năm', 'calendar year');
}

export type UnitInput = {
  code: string;
  validFrom: string;
  name: string;
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  kind: string;
  parentCode?: string | null;
  agencyCode: string;
  predecessorCodes?: string[] | null;
  desk: { address: string; openingHours: string; phone?: string | null };
  confirmed: boolean;
  note?: string | null;
};

export type UnitChangeInput = Partial<
  Pick<UnitInput, 'name' | 'kind' | 'agencyCode' | 'desk' | 'confirmed' | 'note'>
> & {
  validTo?: string | null;
  successorCodes?: string[] | null;
};

const CODE_LENGTH = { PROVINCE: 2, DISTRICT: 3, COMMUNE: 5 } as const;

export function validateUnitFields(input: Partial<UnitInput> & UnitChangeInput): void {
  const problems = new Problems();
  if (
    input.code !== undefined &&
    input.level !== undefined &&
    input.code.length !== CODE_LENGTH[input.level]
  ) {
    problems.add(
      'code',
      `mã ${input.level} gồm ${CODE_LENGTH[input.level]} chữ số`,
      `a ${input.level} code has ${CODE_LENGTH[input.level]} digits`,
    );
  }
  if (input.name !== undefined) problems.text('name', input.name, 200);
  if (input.kind !== undefined) problems.text('kind', input.kind, 50);
  if (input.agencyCode !== undefined && !/^[0-9A-Z]{3}(\.[0-9A-Z]{2,3}){3}$/.test(input.agencyCode)) {
    problems.add(
      'agencyCode',
      'phải theo QCVN 102:2016, ví dụ 000.00.11.H20',
      'must follow QCVN 102:2016, e.g. 000.00.11.H20',
    );
  }
  if (input.desk) {
    problems.text('desk.address', input.desk.address, 500);
    problems.text('desk.openingHours', input.desk.openingHours, 300);
    if (input.desk.phone && !/^0\d{9,10}$/.test(input.desk.phone.replace(/[\s.]/g, ''))) {
      problems.add(
        'desk.phone',
        'phải là số điện thoại 10–11 chữ số bắt đầu bằng 0',
        'must be a 10–11 digit number starting with 0',
      );
    }
  }
  for (const [name, codes] of [
    ['predecessorCodes', input.predecessorCodes],
    ['successorCodes', input.successorCodes],
  ] as const) {
    (codes ?? []).forEach((code, i) => {
      if (!UNIT_CODE.test(code))
        problems.add(`${name}[${i}]`, 'không phải mã đơn vị hợp lệ', 'is not a valid unit code');
    });
  }
  if (input.validTo && input.validFrom && input.validTo < input.validFrom) {
    problems.add('validTo', 'không được trước ngày bắt đầu', 'must not be before validFrom');
  }
  problems.text('note', input.note, 2000, false);
  problems.throwIfAny('Đơn vị hành chính', 'administrative unit');
}

export type ProvinceFeeInput = {
  provinceCode: string;
  procedureCode: string;
  method: 'IN_PERSON' | 'ONLINE' | 'POST';
  validFrom: string;
  validTo?: string | null;
  amountVnd: number;
  resolution: string;
  source: string;
  confirmed: boolean;
  note?: string | null;
};

/**
 * A province's amount for a fee the procedure leaves to the province. `feeKind` is the kind the procedure's
 * current version gives that submission method (undefined: the procedure has no such method).
 */
export function validateProvinceFee(input: ProvinceFeeInput, feeKind: string | undefined): void {
  const problems = new Problems();
  if (!/^\d{2}$/.test(input.provinceCode)) {
    problems.add('provinceCode', 'phải là mã tỉnh gồm 2 chữ số', 'must be a 2-digit province code');
  }
  if (feeKind !== 'SET_BY_PROVINCE') {
    problems.add(
      'method',
      `thủ tục ${input.procedureCode} không có lệ phí do HĐND tỉnh quy định khi nộp theo cách ${input.method}`,
      `procedure ${input.procedureCode} has no fee set by the province for ${input.method}`,
    );
  }
  if (!Number.isInteger(input.amountVnd) || input.amountVnd < 0) {
    problems.add(
      'amountVnd',
      'phải là số đồng nguyên, không âm',
      'must be a whole, non-negative number of đồng',
    );
  }
  if (input.validTo != null && input.validTo < input.validFrom) {
    problems.add('validTo', 'phải từ ngày validFrom trở đi', 'must not be before validFrom');
  }
  problems.text('resolution', input.resolution, 200);
  problems.text('source', input.source, 1000);
  problems.text('note', input.note, 2000, false);
  problems.throwIfAny('Mức lệ phí của tỉnh', 'province fee');
}
