import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import {
  closeApproval,
  insertApprovals,
  insertForm,
  insertProcedure,
  insertUnit,
  publishDraft,
  saveDraft,
  updateForm,
  updateUnit,
  upsertCalendarYear,
  type VersionValues,
} from '../data/admin';
import { formsById } from '../data/forms';
import { allCurrentProcedures } from '../data/procedures';
import { dayBefore, pickVersion, unitVersionsByCode } from '../data/units';
import type { CatalogueDatabase } from '../db';
import type { forms } from '../db/schema';
import { requireAdmin } from './access';
import { notFound, requireProcedureCode, requireUnitCode } from './codes';
import { unitImplements } from './procedures';
import {
  type CalendarYearInput,
  type FormInput,
  type ProcedureInput,
  type UnitChangeInput,
  type UnitInput,
  validateCalendarYear,
  validateForm,
  validateProcedure,
  validateUnitFields,
} from './validation';

/** GraphQL input (documents name their form `formId`) → what is stored (`formCode`, as in the reference data). */
type ProcedureArgument = Omit<ProcedureInput, 'documents'> & {
  documents: Array<Omit<ProcedureInput['documents'][number], 'formCode'> & { formId?: string | null }>;
};

async function versionValues(db: CatalogueDatabase, argument: ProcedureArgument): Promise<VersionValues> {
  const input: ProcedureInput = {
    ...argument,
    documents: argument.documents.map(({ formId, ...document }) =>
      formId ? { ...document, formCode: formId } : document,
    ),
  };
  const formIds = input.documents.flatMap((document) => document.formCode ?? []);
  validateProcedure(input, new Set((await formsById(db, formIds)).keys()));
  const { name, field, levels, onlineLevel, legacyLevel, confirmed, note, ...details } = input;
  return {
    name: name.trim(),
    field: field.trim(),
    levels,
    onlineLevelLegacy: legacyLevel,
    onlineLevelDecree42: onlineLevel,
    details: { ...details, conditions: details.conditions ?? null },
    confirmed,
    note: note ?? null,
  };
}

export async function createProcedure(
  db: CatalogueDatabase,
  identity: Identity,
  code: string,
  input: ProcedureArgument,
) {
  requireAdmin(identity);
  requireProcedureCode(code);
  const created = await insertProcedure(db, code, await versionValues(db, input));
  if (!created) {
    throw userError(
      'CONFLICT',
      `Thủ tục "${code}" đã có; hãy dùng updateProcedure`,
      `Procedure "${code}" exists; use updateProcedure`,
    );
  }
  return created;
}

export async function updateProcedure(
  db: CatalogueDatabase,
  identity: Identity,
  code: string,
  input: ProcedureArgument,
) {
  requireAdmin(identity);
  requireProcedureCode(code);
  const draft = await saveDraft(db, code, await versionValues(db, input));
  if (!draft) throw notFound('thủ tục', 'procedure', code);
  return draft;
}

export async function publishProcedure(db: CatalogueDatabase, identity: Identity, code: string) {
  requireAdmin(identity);
  requireProcedureCode(code);
  const { found, published } = await publishDraft(db, code);
  if (!found) throw notFound('thủ tục', 'procedure', code);
  if (!published) {
    throw userError(
      'CONFLICT',
      `Thủ tục "${code}" không có bản nháp để công bố`,
      `Procedure "${code}" has no draft to publish`,
    );
  }
  return published;
}

const formValues = (input: FormInput) => ({
  name: input.name.trim(),
  legalSource: input.legalSource.trim(),
  fields: input.fields.map((field) => ({
    key: field.key,
    type: field.type,
    label: field.label.trim(),
    required: field.required,
    ...(field.pattern != null ? { pattern: field.pattern } : {}),
    ...(field.options?.length ? { options: field.options } : {}),
    ...(field.help != null ? { help: field.help } : {}),
    ...(field.maxLength != null ? { maxLength: field.maxLength } : {}),
  })),
  confirmed: input.confirmed,
  note: input.note ?? null,
});

export async function createForm(db: CatalogueDatabase, identity: Identity, id: string, input: FormInput) {
  requireAdmin(identity);
  validateForm(id, input);
  const created = await insertForm(db, { id, ...formValues(input) } as typeof forms.$inferInsert);
  if (!created)
    throw userError(
      'CONFLICT',
      `Biểu mẫu "${id}" đã có; hãy dùng updateForm`,
      `Form "${id}" exists; use updateForm`,
    );
  return created;
}

export async function changeForm(db: CatalogueDatabase, identity: Identity, id: string, input: FormInput) {
  requireAdmin(identity);
  validateForm(id, input);
  const updated = await updateForm(db, id, formValues(input));
  if (!updated) throw notFound('biểu mẫu', 'form', id);
  return updated;
}

export async function setCalendarYear(db: CatalogueDatabase, identity: Identity, input: CalendarYearInput) {
  requireAdmin(identity);
  validateCalendarYear(input);
  return upsertCalendarYear(db, {
    year: input.year,
    source: input.source.trim(),
    daysOff: [...input.daysOff].sort((a, b) => a.date.localeCompare(b.date)),
    makeUpWorkingDays: [...input.makeUpWorkingDays].sort((a, b) => a.date.localeCompare(b.date)),
    confirmed: input.confirmed,
    note: input.note ?? null,
  });
}

const PARENT_LEVELS = { PROVINCE: [], DISTRICT: ['PROVINCE'], COMMUNE: ['DISTRICT', 'PROVINCE'] } as const;

export async function createUnit(db: CatalogueDatabase, identity: Identity, input: UnitInput) {
  requireAdmin(identity);
  requireUnitCode(input.code);
  validateUnitFields(input);
  if (input.parentCode) {
    const parent = pickVersion(
      (await unitVersionsByCode(db, [input.parentCode])).get(input.parentCode),
      input.validFrom,
      false,
    );
    if (!parent)
      throw notFound(
        `đơn vị cấp trên vào ngày ${input.validFrom}`,
        `parent unit on ${input.validFrom}`,
        input.parentCode,
      );
    if (!(PARENT_LEVELS[input.level] as readonly string[]).includes(parent.level)) {
      throw userError(
        'BAD_USER_INPUT',
        `Đơn vị cấp ${parent.level} không thể là cấp trên của cấp ${input.level}`,
        `A ${parent.level} cannot be the parent of a ${input.level}`,
      );
    }
  } else if (input.level !== 'PROVINCE') {
    throw userError(
      'BAD_USER_INPUT',
      'Đơn vị cấp huyện, cấp xã phải có đơn vị cấp trên',
      'A district or commune needs a parent unit',
    );
  }
  const predecessorCodes = input.predecessorCodes ?? [];
  if (predecessorCodes.length > 0) {
    const versions = await unitVersionsByCode(db, predecessorCodes);
    const missing = predecessorCodes.filter(
      (code) => !pickVersion(versions.get(code), dayBefore(input.validFrom), false),
    );
    if (missing.length > 0) {
      throw userError(
        'BAD_USER_INPUT',
        `Không có đơn vị tiền thân ${missing.join(', ')} vào ngày trước ${input.validFrom}`,
        `No predecessor ${missing.join(', ')} in force the day before ${input.validFrom}`,
      );
    }
  }
  const { conflict, unit } = await insertUnit(db, {
    code: input.code,
    validFrom: input.validFrom,
    validTo: null,
    name: input.name.trim(),
    level: input.level,
    kind: input.kind.trim(),
    parentCode: input.parentCode ?? null,
    agencyCode: input.agencyCode,
    predecessorCodes,
    successorCodes: [],
    desk: {
      address: input.desk.address,
      openingHours: input.desk.openingHours,
      phone: input.desk.phone ?? null,
    },
    confirmed: input.confirmed,
    note: input.note ?? null,
  });
  if (!unit) {
    throw userError(
      'CONFLICT',
      `Mã ${input.code} đang có phiên bản hiệu lực từ ${conflict}; hãy kết thúc phiên bản đó (validTo) trước ${input.validFrom}`,
      `Code ${input.code} has a version in force from ${conflict}; end it (validTo) before ${input.validFrom}`,
    );
  }
  return unit;
}

export async function changeUnit(
  db: CatalogueDatabase,
  identity: Identity,
  code: string,
  validFrom: string,
  input: UnitChangeInput,
) {
  requireAdmin(identity);
  requireUnitCode(code);
  validateUnitFields({ ...input, validFrom });
  const { desk, ...rest } = input;
  const values = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  const updated = await updateUnit(db, code, validFrom, {
    ...values,
    ...(desk
      ? { desk: { address: desk.address, openingHours: desk.openingHours, phone: desk.phone ?? null } }
      : {}),
  });
  if (!updated)
    throw notFound(`phiên bản từ ${validFrom} của đơn vị`, `version from ${validFrom} of unit`, code);
  return updated;
}

export async function approveOnline(
  db: CatalogueDatabase,
  identity: Identity,
  args: { unitCode: string; procedureCodes: string[]; decision: string; from: string },
) {
  requireAdmin(identity);
  requireUnitCode(args.unitCode);
  args.procedureCodes.forEach(requireProcedureCode);
  if (args.decision.trim() === '' || args.procedureCodes.length === 0) {
    throw userError(
      'BAD_USER_INPUT',
      'Cần số, ngày của quyết định phê duyệt và ít nhất một thủ tục',
      'The approving decision and at least one procedure are required',
    );
  }
  const unit = pickVersion(
    (await unitVersionsByCode(db, [args.unitCode])).get(args.unitCode),
    args.from,
    false,
  );
  if (!unit)
    throw notFound(
      `đơn vị hành chính vào ngày ${args.from}`,
      `administrative unit on ${args.from}`,
      args.unitCode,
    );
  const catalogue = new Map((await allCurrentProcedures(db)).map((procedure) => [procedure.code, procedure]));
  const refused = args.procedureCodes.filter((code) => {
    const procedure = catalogue.get(code);
    return (
      !procedure || procedure.onlineLevelDecree42 === 'INFORMATION_ONLY' || !unitImplements(unit, procedure)
    );
  });
  if (refused.length > 0) {
    throw userError(
      'BAD_USER_INPUT',
      `Không thể phê duyệt trực tuyến tại đơn vị này: ${refused.join(', ')} (không có, chỉ cung cấp thông tin, hoặc không thuộc cấp của đơn vị)`,
      `Cannot be approved online at this unit: ${refused.join(', ')} (unknown, information only, or not of the unit's level)`,
    );
  }
  return insertApprovals(
    db,
    args.procedureCodes.map((procedureCode) => ({
      unitCode: args.unitCode,
      procedureCode,
      validFrom: args.from,
      validTo: unit.validTo,
      decision: args.decision.trim(),
    })),
  );
}

export async function withdrawOnline(
  db: CatalogueDatabase,
  identity: Identity,
  args: { unitCode: string; procedureCode: string; lastDay: string },
) {
  requireAdmin(identity);
  requireUnitCode(args.unitCode);
  requireProcedureCode(args.procedureCode);
  const closed = await closeApproval(db, args.unitCode, args.procedureCode, args.lastDay);
  if (!closed) {
    throw notFound(
      `phê duyệt trực tuyến đang hiệu lực của thủ tục ${args.procedureCode} tại đơn vị`,
      `open online approval of ${args.procedureCode} at unit`,
      args.unitCode,
    );
  }
  return closed;
}
