import { isUserError } from '@dvc/service-kit';
import { z } from 'zod';
import type { ReferenceFiles } from '../reference-data';
import {
  type ReferenceCalendarYear,
  type ReferenceForm,
  type ReferenceProcedure,
  type ReferenceProvinceFee,
  type ReferenceUnit,
  referenceCalendarYear,
  referenceForm,
  referenceProcedure,
  referenceProvinceFee,
  referenceUnit,
  referenceUnitsFile,
} from '../reference-data/schema';
import { requireProcedureCode, requireUnitCode } from '../rules/codes';
import {
  validateCalendarYear,
  validateForm,
  validateProcedure,
  validateProvinceFee,
  validateUnitFields,
} from '../rules/validation';

export type ReferenceData = {
  procedures: ReferenceProcedure[];
  forms: ReferenceForm[];
  calendar: ReferenceCalendarYear[];
  units: ReferenceUnit[];
  provinceFees: ReferenceProvinceFee[];
  reorganisation2025: z.infer<typeof referenceUnitsFile>['reorganisation2025'];
};

/** Bad reference data: names the file and the record, then gives the validator's own message. */
export class ReferenceDataError extends Error {
  override name = 'ReferenceDataError';
}

/**
 * Checks every record of the reference data files: its shape, then the validator the admin mutation that would
 * create it applies (the same rules, the same Vietnamese and English message). Any bad record fails the seed.
 */
export function checkReferenceData(files: ReferenceFiles): ReferenceData {
  const problems: string[] = [];
  const records = <T>(
    file: string,
    list: unknown,
    schema: z.ZodType<T>,
    nameOf: (record: Record<string, unknown>, index: number) => string,
    validate: (record: T) => void,
  ): T[] => {
    const parsedList = z.array(z.unknown()).safeParse(list);
    if (!parsedList.success) {
      problems.push(`${file}: is not a list`);
      return [];
    }
    return parsedList.data.flatMap((record, index) => {
      const where = `${file} [${nameOf((record ?? {}) as Record<string, unknown>, index)}]`;
      const parsed = schema.safeParse(record);
      if (!parsed.success) {
        problems.push(`${where}: ${z.prettifyError(parsed.error).replaceAll('\n', ' ')}`);
        return [];
      }
      try {
        validate(parsed.data);
      } catch (error) {
        if (!isUserError(error)) throw error;
        problems.push(`${where}: ${error.message}`);
      }
      return [parsed.data];
    });
  };
  const byCode = (record: Record<string, unknown>, index: number) => String(record.code ?? `#${index}`);

  const forms = records('forms.json', files.forms, referenceForm, byCode, (form) =>
    validateForm(form.code, { ...form, name: form.title }),
  );
  const formIds = new Set(forms.map((form) => form.code));
  const procedures = records('procedures.json', files.procedures, referenceProcedure, byCode, (procedure) => {
    requireProcedureCode(procedure.code);
    validateProcedure(
      {
        ...procedure,
        onlineLevel: procedure.onlineLevel.decree42,
        legacyLevel: procedure.onlineLevel.legacy,
      },
      formIds,
    );
  });
  const calendar = records(
    'calendar.json',
    files.calendar,
    referenceCalendarYear,
    (year, index) => String(year.year ?? `#${index}`),
    validateCalendarYear,
  );
  const unitsFile = referenceUnitsFile.safeParse(files.units);
  if (!unitsFile.success)
    problems.push(`units.json: ${z.prettifyError(unitsFile.error).replaceAll('\n', ' ')}`);
  const units = records(
    'units.json',
    unitsFile.data?.units ?? [],
    referenceUnit,
    (unit, index) => `${unit.code ?? `#${index}`} from ${unit.validFrom}`,
    (unit) => {
      requireUnitCode(unit.code);
      validateUnitFields(unit);
    },
  );
  const provinceFees = records(
    'province-fees.json',
    files.provinceFees,
    referenceProvinceFee,
    (fee, index) =>
      fee.procedureCode
        ? `${fee.provinceCode} ${fee.procedureCode} ${fee.method} from ${fee.validFrom}`
        : `#${index}`,
    (fee) => {
      requireProcedureCode(fee.procedureCode);
      const procedure = procedures.find((candidate) => candidate.code === fee.procedureCode);
      validateProvinceFee(fee, procedure?.methods.find((terms) => terms.method === fee.method)?.fee.kind);
    },
  );
  for (const [file, list, key] of [
    ['procedures.json', procedures.map((p) => p.code), 'code'],
    ['forms.json', forms.map((f) => f.code), 'code'],
    ['calendar.json', calendar.map((y) => String(y.year)), 'year'],
    ['units.json', units.map((u) => `${u.code} from ${u.validFrom}`), 'version'],
    [
      'province-fees.json',
      provinceFees.map((f) => `${f.provinceCode} ${f.procedureCode} ${f.method} from ${f.validFrom}`),
      'fee',
    ],
  ] as const) {
    const seen = new Set<string>();
    for (const value of list) {
      if (seen.has(value)) problems.push(`${file}: ${key} ${value} is listed twice`);
      seen.add(value);
    }
  }
  if (problems.length > 0 || !unitsFile.data) {
    throw new ReferenceDataError(
      `Dữ liệu tham chiếu không hợp lệ / Invalid reference data:\n${problems.join('\n')}`,
    );
  }
  return {
    procedures,
    forms,
    calendar,
    units,
    provinceFees,
    reorganisation2025: unitsFile.data.reorganisation2025,
  };
}
