import { sql } from 'drizzle-orm';
import type { CatalogueDatabase } from '../db';
import {
  administrativeUnits,
  calendarYears,
  forms,
  procedures,
  procedureVersions,
  provinceFees,
  unitOnlineProcedures,
} from '../db/schema';
import { REFERENCE_FILES, type ReferenceFiles } from '../reference-data';
import { checkReferenceData, type ReferenceData } from './check-reference-data';

export type LoadedReferenceData = {
  units: number;
  procedures: number;
  forms: number;
  calendarYears: number;
  onlineApprovals: number;
  provinceFees: number;
};

/**
 * DEMO DATA, not an official list: the Lai Vung units' approved online lists. Every procedure the catalogue marks
 * PARTIAL or FULL_PROCESS is approved for the district (its district-level procedures) and its communes (their
 * commune-level ones) from 1 July 2022, and for the four communes of 2025 (both, since district procedures moved
 * to the commune) from the day they were formed. The real Đồng Tháp decisions were not available; replace these
 * rows with the province's published lists before go-live.
 */
function demoOnlineApprovals(data: ReferenceData) {
  const online = data.procedures.filter((procedure) => procedure.onlineLevel.decree42 !== 'INFORMATION_ONLY');
  const district = data.units.find((unit) => unit.code === '876');
  const oldCommunes = data.units.filter((unit) => unit.parentCode === '876');
  const oldCodes = new Set(oldCommunes.map((unit) => unit.code));
  const newCommunes = data.units.filter(
    (unit) =>
      unit.validFrom === data.reorganisation2025.firstDayNew &&
      unit.level === 'COMMUNE' &&
      unit.predecessorCodes.some((code) => oldCodes.has(code)),
  );
  const before2025 = {
    validFrom: '2022-07-01',
    validTo: data.reorganisation2025.lastDayOld,
    decision:
      'Quyết định phê duyệt danh mục dịch vụ công trực tuyến của UBND tỉnh Đồng Tháp, áp dụng từ 01/7/2022 (dữ liệu minh họa)',
  };
  const from2025 = {
    validFrom: data.reorganisation2025.firstDayNew,
    validTo: null,
    decision:
      'Quyết định phê duyệt danh mục dịch vụ công trực tuyến cấp xã của UBND tỉnh Đồng Tháp, áp dụng từ 01/7/2025 (dữ liệu minh họa)',
  };
  return [
    ...(district ? [district] : []).flatMap((unit) =>
      online
        .filter((procedure) => procedure.levels.includes('DISTRICT'))
        .map((procedure) => ({ unitCode: unit.code, procedureCode: procedure.code, ...before2025 })),
    ),
    ...oldCommunes.flatMap((unit) =>
      online
        .filter((procedure) => procedure.levels.includes('COMMUNE'))
        .map((procedure) => ({ unitCode: unit.code, procedureCode: procedure.code, ...before2025 })),
    ),
    ...newCommunes.flatMap((unit) =>
      online.map((procedure) => ({ unitCode: unit.code, procedureCode: procedure.code, ...from2025 })),
    ),
  ];
}

/**
 * Loads the reference units, procedures, forms, working-day calendar, provinces' fees and the demo online lists, and counts what
 * it added. Every record is checked first, by the validators of the admin mutations: one bad record and nothing is
 * loaded. Idempotent: rows that exist are left alone, so a second start (or a newer release with more data) adds
 * only what is missing and never overwrites an administrator's edits.
 */
export async function loadReferenceData(
  db: CatalogueDatabase,
  files: ReferenceFiles = REFERENCE_FILES,
): Promise<LoadedReferenceData> {
  const data = checkReferenceData(files);
  return db.transaction(async (tx) => {
    const units = await tx
      .insert(administrativeUnits)
      .values(data.units.map(({ source, note, ...unit }) => ({ ...unit, note: note ?? null })))
      .onConflictDoNothing()
      .returning({ code: administrativeUnits.code });
    const addedForms = await tx
      .insert(forms)
      .values(
        data.forms.map((form) => ({
          id: form.code,
          name: form.title,
          legalSource: form.legalSource,
          fields: form.fields,
          confirmed: form.confirmed,
          note: form.note ?? null,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: forms.id });
    const years = await tx
      .insert(calendarYears)
      .values(
        data.calendar.map((year) => ({
          year: year.year,
          source: year.source,
          daysOff: year.daysOff,
          makeUpWorkingDays: year.makeUpWorkingDays,
          confirmed: year.confirmed,
          note: year.note ?? null,
        })),
      )
      .onConflictDoNothing()
      .returning({ year: calendarYears.year });
    const inserted = await tx
      .insert(procedures)
      .values(
        data.procedures.map((procedure, index) => ({
          code: procedure.code,
          currentVersion: 1,
          displayOrder: index + 1,
        })),
      )
      .onConflictDoNothing()
      .returning({ code: procedures.code });
    // Installations seeded before display order existed hold the column's default; give them the reference order.
    await tx.execute(sql`
      update procedures set display_order = reference.position
      from (values ${sql.join(
        data.procedures.map((procedure, index) => sql`(${procedure.code}, ${index + 1}::int)`),
        sql`, `,
      )}) as reference(code, position)
      where procedures.code = reference.code and procedures.display_order = 1000`);
    const newCodes = new Set(inserted.map((row) => row.code));
    const newProcedures = data.procedures.filter((procedure) => newCodes.has(procedure.code));
    if (newProcedures.length > 0) {
      await tx.insert(procedureVersions).values(
        newProcedures.map(
          ({ code, name, field, levels, onlineLevel, source, confirmed, note, ...details }) => ({
            code,
            version: 1,
            name,
            field,
            levels,
            onlineLevelLegacy: onlineLevel.legacy,
            onlineLevelDecree42: onlineLevel.decree42,
            details,
            confirmed,
            note: note ?? null,
            publishedAt: new Date(),
          }),
        ),
      );
    }
    const approvals = await tx
      .insert(unitOnlineProcedures)
      .values(demoOnlineApprovals(data))
      .onConflictDoNothing()
      .returning({ unitCode: unitOnlineProcedures.unitCode });
    const fees = await tx
      .insert(provinceFees)
      .values(data.provinceFees.map((fee) => ({ ...fee, note: fee.note ?? null })))
      .onConflictDoNothing()
      .returning({ code: provinceFees.procedureCode });
    return {
      units: units.length,
      procedures: newProcedures.length,
      forms: addedForms.length,
      calendarYears: years.length,
      onlineApprovals: approvals.length,
      provinceFees: fees.length,
    };
  });
}
