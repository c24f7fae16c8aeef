import type { Transaction } from '@dvc/database';
import { isUserError } from '@dvc/service-kit';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import type { CatalogueProcedure } from '../catalogue';
import type { DossierRow } from '../data/dossiers';
import { CHANNELS, dossiers, RETURN_CHANNELS } from '../db/schema';
import type { RuleDeps } from '../rules/deps';
import { servesUnit } from '../rules/instance-scope';
import { appointmentFrom, deadlineAfterSupplement, recordTransition } from '../rules/lifecycle';
import { ACTIONS, LEGAL_FROM, DOSSIER_STATUSES as S } from '../rules/status';
import { type Change, TRANSITIONS } from '../rules/transitions';

const moment = z.iso.datetime({ offset: true });

const stepSchema = z.object({
  at: moment,
  action: z.enum(ACTIONS),
  actorRole: z.string().min(1),
  appointmentAt: moment.nullish(),
  reason: z.string().nullish(),
  note: z.string().nullish(),
  items: z.array(z.string().min(1)).nullish(),
  toUnitCode: z.string().min(1).nullish(),
  amountVnd: z.number().int().positive().nullish(),
  online: z.boolean().nullish(),
  returnChannel: z.enum(RETURN_CHANNELS).nullish(),
});

/** One dossier of the legacy one-door system, as the import reads it (an NDJSON line or a CSV record). */
export const legacyRowSchema = z.object({
  code: z.string().regex(/^[0-9A-Za-z.]+-\d{6}-\d{4,}$/, 'code must look like 000.00.11.H20-190107-0001'),
  unitCode: z.string().min(1),
  unitPath: z.array(z.string().min(1)).min(1),
  agencyCode: z.string().min(1),
  procedureCode: z.string().min(1),
  procedureVersion: z.number().int().positive(),
  channel: z.enum(CHANNELS),
  returnChannel: z.enum(RETURN_CHANNELS),
  feeVnd: z.number().int().min(0),
  applicant: z.object({
    kind: z.enum(['PERSON', 'ORGANIZATION']),
    name: z.string().min(1),
    idNumber: z.string().min(1).nullish(),
    organizationCode: z.string().min(1).nullish(),
  }),
  assistedBy: z.string().min(1).nullable(),
  history: z.array(stepSchema).min(1),
});
export type LegacyRow = z.infer<typeof legacyRowSchema>;

export type ImportReport = {
  imported: number;
  /** Already there from an earlier run (the code is the identity of a dossier). */
  skipped: number;
  rejected: Array<{ line: number; code: string | null; reason: string }>;
};

class RowRejected extends Error {}

const JSON_COLUMNS = new Set(['unitPath', 'applicant', 'history', 'assistedBy']);
const NUMBER_COLUMNS = new Set(['procedureVersion', 'feeVnd']);

/** csv-parse counts lines to where a record ends; a record may span lines inside quoted cells. */
const startLine = (endLine: number, raw: string) =>
  endLine - (raw.replace(/\n$/, '').match(/\n/g)?.length ?? 0);

/** Rows with their line numbers: NDJSON one object a line; CSV with a header, nested fields as JSON cells. */
export function parseLegacyRows(
  text: string,
  format: 'NDJSON' | 'CSV',
): Array<{ line: number; value: unknown; error?: string }> {
  if (format === 'NDJSON') {
    return text.split(/\r?\n/).flatMap((raw, index) => {
      if (!raw.trim()) return [];
      try {
        return [{ line: index + 1, value: JSON.parse(raw) }];
      } catch {
        return [{ line: index + 1, value: null, error: 'not valid JSON' }];
      }
    });
  }
  const rows: Array<{ line: number; value: unknown; error?: string }> = [];
  const records: Array<{ record: Record<string, string>; raw: string; info: { lines: number } }> = parseCsv(
    // csv-parse counts a CRLF inside a quoted cell as two lines; one kind of line end keeps the numbers right.
    text.replace(/\r\n?/g, '\n'),
    {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      raw: true,
      // A malformed record (an unclosed quote) is reported with the rest, not fatal to the whole file.
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        const line = startLine(Number(error?.lines), raw ?? '');
        // csv-parse may report one broken record twice, as it first sees the quote and then the file's end.
        if (error && !rows.some((row) => row.line === line))
          rows.push({ line, value: null, error: `not valid CSV: ${error.message}` });
      },
    },
  );
  for (const { record, raw, info } of records) {
    const line = startLine(info.lines, raw);
    try {
      const value = Object.fromEntries(
        Object.entries(record).map(([name, cell]) => {
          if (JSON_COLUMNS.has(name)) return [name, cell === '' ? null : JSON.parse(cell)];
          if (NUMBER_COLUMNS.has(name)) return [name, Number(cell)];
          return [name, cell];
        }),
      );
      rows.push({ line, value });
    } catch {
      rows.push({ line, value: null, error: 'a JSON cell is not valid JSON' });
    }
  }
  return rows.sort((a, b) => a.line - b.line);
}

type Step = z.infer<typeof stepSchema>;

/** Said where a legacy record lacks what a desk must write today (a reason): the history shows it was not kept. */
const NOT_RECORDED = 'Không ghi lý do';

/**
 * A legacy step as the input of the live transition: what a desk would have typed, taken from the record. What the
 * record leaves out is found as the live desk finds it (a deadline from the procedure's duration and the calendar).
 */
async function replayStep(deps: RuleDeps, dossier: DossierRow, step: Step, at: Date): Promise<Change> {
  const stated = step.appointmentAt ? new Date(step.appointmentAt) : null;
  const reason = step.reason || step.note || NOT_RECORDED;
  const policy = deps.supplementPolicy;
  switch (step.action) {
    case 'SUBMIT':
      return TRANSITIONS.SUBMIT(dossier, at, { attachmentIds: [] });
    case 'RECEIVE':
      return TRANSITIONS.RECEIVE(dossier, at, {
        appointmentAt: stated ?? (await appointmentFrom(deps, dossier, at)),
      });
    case 'REFUSE':
      return TRANSITIONS.REFUSE(dossier, at, { reason });
    case 'REQUEST_SUPPLEMENT':
      return TRANSITIONS.REQUEST_SUPPLEMENT(dossier, at, {
        items: step.items?.length ? step.items : [step.note || 'Bổ sung hồ sơ'],
        note: step.note,
        policy,
      });
    case 'SUPPLEMENT':
      return TRANSITIONS.SUPPLEMENT(dossier, at, {
        attachmentIds: [],
        note: step.note ?? null,
        policy,
        dueAt: stated ?? (await deadlineAfterSupplement(deps, dossier, at, policy)),
      });
    case 'START_PROCESSING':
      return TRANSITIONS.START_PROCESSING(dossier, at, {});
    case 'TRANSFER': {
      const unit = step.toUnitCode ? await deps.catalogue.unit(step.toUnitCode) : null;
      if (!unit) throw new RowRejected(`TRANSFER needs a known toUnitCode (${step.toUnitCode ?? 'none'})`);
      return TRANSITIONS.TRANSFER(dossier, at, { to: { unit }, note: step.note });
    }
    case 'REQUEST_PAYMENT':
      return TRANSITIONS.REQUEST_PAYMENT(dossier, at, { amountVnd: step.amountVnd, note: step.note });
    case 'PAY':
      return TRANSITIONS.PAY(dossier, at, { online: step.online ?? false, note: step.note });
    case 'RESOLVE':
      return TRANSITIONS.RESOLVE(dossier, at, { summary: step.note ?? null });
    case 'APOLOGIZE':
      if (!stated) throw new RowRejected('APOLOGIZE needs appointmentAt (the new date)');
      return TRANSITIONS.APOLOGIZE(dossier, at, { newAppointmentAt: stated, reason });
    case 'RETURN_RESULT':
      return TRANSITIONS.RETURN_RESULT(dossier, at, { returnChannel: step.returnChannel, note: step.note });
    case 'WITHDRAW':
      return TRANSITIONS.WITHDRAW(dossier, at, { reason: step.reason ?? step.note });
    case 'STOP':
      return TRANSITIONS.STOP(dossier, at, { reason });
  }
}

/**
 * The live rules' legal moves. The desk's limit of one supplementation request is not applied: legacy systems did
 * not enforce it, and we record what happened (a second request makes the dossier late).
 */
const legalInImport = (action: Step['action'], status: number) => LEGAL_FROM[action].includes(status);

async function importRow(
  deps: RuleDeps,
  row: LegacyRow,
  procedure: CatalogueProcedure,
  tx: Transaction,
): Promise<boolean> {
  const first = row.history[0];
  if (!first || (first.action !== 'SUBMIT' && first.action !== 'RECEIVE')) {
    throw new RowRejected('history must start with SUBMIT or RECEIVE');
  }
  const idNumber = row.applicant.kind === 'PERSON' ? row.applicant.idNumber : row.applicant.organizationCode;
  if (!idNumber)
    throw new RowRejected(
      row.applicant.kind === 'PERSON'
        ? 'applicant.idNumber is required'
        : 'applicant.organizationCode is required',
    );
  if (!row.code.startsWith(`${row.agencyCode}-`))
    throw new RowRejected('code does not start with agencyCode');
  const method = procedure.methods.find((m) => m.method === row.channel) ?? procedure.methods[0];
  const [inserted] = await tx
    .insert(dossiers)
    .values({
      code: row.code,
      unitCode: row.unitCode,
      unitPath: row.unitPath,
      receivingUnitCode: row.unitCode,
      procedureCode: row.procedureCode,
      procedureVersion: row.procedureVersion,
      // As a filing snapshots it, but with the fee the legacy system charged.
      procedure: {
        name: procedure.name,
        method: row.channel,
        duration: method?.duration ?? null,
        feeVnd: row.feeVnd,
        feeDescription: method?.fee?.description ?? null,
        feeKind: method?.fee?.kind ?? 'FREE',
      },
      status: first.action === 'SUBMIT' ? S.NEWLY_FILED : S.ACCEPTED,
      channel: row.channel,
      applicantKind: row.applicant.kind,
      applicantName: row.applicant.name,
      applicantIdNumber: idNumber,
      organizationCode: row.applicant.organizationCode ?? null,
      assistedBy: row.assistedBy,
      filedByRole: first.actorRole,
      returnChannel: row.returnChannel,
      submittedAt: new Date(first.at),
      importedAt: new Date(),
    })
    .onConflictDoNothing()
    .returning();
  if (!inserted) return false;
  let dossier = inserted;
  let previousAt = 0;
  for (const [index, step] of row.history.entries()) {
    const at = new Date(step.at);
    if (at.getTime() < previousAt)
      throw new RowRejected(`step ${index + 1} (${step.action}) is earlier than the step before it`);
    previousAt = at.getTime();
    if (index > 0 && !legalInImport(step.action, dossier.status)) {
      throw new RowRejected(`step ${index + 1}: ${step.action} is not allowed from status ${dossier.status}`);
    }
    if (index > 0 && step.action === 'SUBMIT')
      throw new RowRejected(`step ${index + 1}: SUBMIT after the start`);
    const change = await replayStep(deps, dossier, step, at);
    dossier = await recordTransition(
      tx,
      deps.source,
      dossier,
      step.action,
      { sub: null, role: step.actorRole, unitCode: dossier.unitCode },
      at,
      {
        ...change,
        ...(index === 0 ? { fromStatus: null } : {}),
        details: { ...change.details, imported: true },
      },
    );
  }
  return true;
}

/** Why a row was refused: the import's own checks, a transition's refusal (as a desk would be refused), or an
 * event that would break its contract; anything else is a fault, not the row's. */
function rejection(failure: unknown): string {
  if (failure instanceof RowRejected) return failure.message;
  if (isUserError(failure)) return String(failure.extensions.messageEn);
  if (failure instanceof z.ZodError)
    return failure.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw failure;
}

/**
 * Loads legacy history: each row validated, then replayed step by step with its real timestamps through the same
 * transitions, audit entries and events a live desk writes, in one transaction per row. Re-running skips the codes
 * already there; every refused row is reported with its line number and why.
 */
export async function importLegacyDossiers(
  deps: RuleDeps,
  text: string,
  format: 'NDJSON' | 'CSV',
): Promise<ImportReport> {
  const report: ImportReport = { imported: 0, skipped: 0, rejected: [] };
  const procedures = new Map<string, Promise<CatalogueProcedure | null>>();
  for (const { line, value, error } of parseLegacyRows(text, format)) {
    const code =
      value && typeof value === 'object' && 'code' in value
        ? String((value as { code: unknown }).code)
        : null;
    if (error) {
      report.rejected.push({ line, code, reason: error });
      continue;
    }
    const parsed = legacyRowSchema.safeParse(value);
    if (!parsed.success) {
      report.rejected.push({
        line,
        code,
        reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; '),
      });
      continue;
    }
    const row = parsed.data;
    // The dossier code names the receiving agency, and requests for it are routed to the instance serving that
    // unit: held here, it would be out of reach and would split the unit's history across two databases.
    if (!servesUnit(deps, row.unitCode)) {
      report.rejected.push({
        line,
        code: row.code,
        reason: `unit ${row.unitCode} is not served by this instance (it serves ${[...(deps.servedUnits ?? [])].join(', ')}); import this row on the instance that serves unit ${row.unitCode}`,
      });
      continue;
    }
    const key = `${row.procedureCode}@${row.procedureVersion}`;
    if (!procedures.has(key))
      procedures.set(key, deps.catalogue.procedure(row.procedureCode, row.procedureVersion));
    const procedure = await procedures.get(key);
    if (!procedure) {
      report.rejected.push({
        line,
        code: row.code,
        reason: `unknown procedure ${row.procedureCode} version ${row.procedureVersion}`,
      });
      continue;
    }
    try {
      const created = await deps.db.transaction((tx) => importRow(deps, row, procedure, tx));
      if (created) report.imported++;
      else report.skipped++;
    } catch (failure) {
      report.rejected.push({ line, code: row.code, reason: rejection(failure) });
    }
  }
  return report;
}
