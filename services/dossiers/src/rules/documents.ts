import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import type { CatalogueProcedure } from '../catalogue';

/** The case every applicant is in (trường hợp chung); its documents apply whatever else is chosen. */
export const COMMON_CASE = 'Chung';

export type DocumentInput = { name: string; attachmentIds?: string[] | null };

/** What the filing records of each document it had to cover: the files, or a desk officer's check of the paper. */
export type CoveredDocument = { name: string; attachmentIds: string[]; checkedOnPaper: boolean };

type ProcedureDocument = CatalogueProcedure['documents'][number];

const bad = (vi: string, en: string) => userError('BAD_USER_INPUT', vi, en);
const same = (a: string, b: string) => a.normalize('NFC').trim() === b.normalize('NFC').trim();

/**
 * The documents a filing must cover for the chosen cases: those of the common case and of each chosen case that
 * are handed in (at least one original or copy). Documents only shown (an ID card, or VNeID online) are not, and
 * neither are declarations filled in on the procedure's form: the form data is that declaration.
 */
export function requiredDocuments(
  procedure: CatalogueProcedure,
  cases: readonly string[],
): ProcedureDocument[] {
  return procedure.documents.filter(
    (document) =>
      (document.case === COMMON_CASE || cases.some((chosen) => same(chosen, document.case))) &&
      document.copies.original + document.copies.copy > 0 &&
      document.formId === null,
  );
}

/**
 * Checks that the filing covers every required document of the cases the applicant is in, and says which files
 * stand for which document. Online, each document needs at least one uploaded file. At the desk and by post the
 * officer holds the paper originals and checks them against the list: an entry without files is that check, so a
 * desk filing need not scan what the officer has seen; an entry with files records the scans as well.
 * Every missing document is named in one refusal, so that the applicant can gather them all at once.
 */
export function coverDocuments(
  procedure: CatalogueProcedure,
  identity: Identity,
  cases: readonly string[],
  given: readonly DocumentInput[],
): CoveredDocument[] {
  const known = [...new Set(procedure.documents.map((document) => document.case))].filter(
    (name) => name !== COMMON_CASE,
  );
  const unknownCases = cases.filter((chosen) => !known.some((name) => same(name, chosen)));
  if (unknownCases.length > 0) {
    const list = known.length > 0 ? known.map((name) => `"${name}"`).join(', ') : '';
    throw bad(
      `Thủ tục ${procedure.code} không có trường hợp ${unknownCases.map((c) => `"${c}"`).join(', ')}${list ? `; các trường hợp: ${list}` : ''}`,
      `Procedure ${procedure.code} has no case ${unknownCases.map((c) => `"${c}"`).join(', ')}${list ? `; its cases are ${list}` : ''}`,
    );
  }
  const applicable = procedure.documents.filter(
    (document) => document.case === COMMON_CASE || cases.some((chosen) => same(chosen, document.case)),
  );
  const desk = identity.role === 'OFFICER';
  const covered: CoveredDocument[] = [];
  const usedFiles = new Set<string>();
  for (const entry of given) {
    const document = applicable.find((candidate) => same(candidate.name, entry.name));
    if (!document) {
      throw bad(
        `Giấy tờ "${entry.name}" không thuộc thành phần hồ sơ của thủ tục ${procedure.code} trong trường hợp đã chọn`,
        `"${entry.name}" is not a document of procedure ${procedure.code} for the chosen cases`,
      );
    }
    const attachmentIds = [...new Set(entry.attachmentIds ?? [])];
    for (const id of attachmentIds) {
      if (usedFiles.has(id)) {
        throw bad(
          `Một tệp (${id}) chỉ được dùng cho một giấy tờ`,
          `One file (${id}) can stand for one document only`,
        );
      }
      usedFiles.add(id);
    }
    if (attachmentIds.length === 0 && !desk) {
      throw bad(
        `Vui lòng đính kèm tệp cho giấy tờ "${document.name}"`,
        `Attach a file for the document "${document.name}"`,
      );
    }
    covered.push({ name: document.name, attachmentIds, checkedOnPaper: attachmentIds.length === 0 });
  }
  const missing = requiredDocuments(procedure, cases).filter(
    (document) => !covered.some((entry) => entry.name === document.name),
  );
  if (missing.length > 0) {
    const names = missing.map((document) => document.name);
    throw userError(
      'BAD_USER_INPUT',
      `Hồ sơ còn thiếu ${names.length} giấy tờ bắt buộc: ${names.join('; ')}`,
      `${names.length} required document(s) missing: ${names.join('; ')}`,
      { missingDocuments: names },
    );
  }
  return covered;
}
