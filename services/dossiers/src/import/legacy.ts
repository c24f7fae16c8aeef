import type { EventPayload, EventType } from '@dvc/contracts';
import type { Transaction } from '@dvc/database';
import { z } from 'zod';
import type { CatalogueProcedure } from '../catalogue';
import type { DossierRow } from '../data/dossiers';
import { CHANNELS, dossiers, RETURN_CHANNELS } from '../db/schema';
import type { RuleDeps } from '../rules/deps';
import { servesUnit } from '../rules/instance-scope';
import { recordTransition } from '../rules/lifecycle';
import { ACTIONS, type Action, LEGAL_FROM, DOSSIER_STATUSES as S } from '../rules/status';
import { judge } from '../rules/timeliness';

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

/** Splits CSV text into records; quoted cells may hold commas, quotes ("") and newlines. */
function csvRecords(text: string): Array<{ line: number; cells: string[] }> {
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((c) => c !== '')) records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else cell += char;
  }
  cells.push(cell);
  if (cells.some((c) => c !== '')) records.push({ line: recordLine, cells });
  return records;
}

const JSON_COLUMNS = new Set(['unitPath', 'applicant', 'history', 'assistedBy']);
const NUMBER_COLUMNS = new Set(['procedureVersion', 'feeVnd']);

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
  const [header, ...records] = csvRecords(text);
  if (!header) return [];
  return records.map(({ line, cells }) => {
    try {
      const value = Object.fromEntries(
        header.cells.map((name, index) => {
          const cell = cells[index] ?? '';
          if (JSON_COLUMNS.has(name)) return [name, cell === '' ? null : JSON.parse(cell)];
          if (NUMBER_COLUMNS.has(name)) return [name, Number(cell)];
          return [name, cell];
        }),
      );
      return { line, value };
    } catch {
      return { line, value: null, error: 'a JSON cell is not valid JSON' };
    }
  });
}

type Step = z.infer<typeof stepSchema>;
type StepChange = {
  toStatus: number;
  patch: Partial<typeof dossiers.$inferInsert>;
  event: { type: EventType; payload: Record<string, unknown> };
};

/** What a step does to the dossier: the same fields and events as the live rules write. */
function replayStep(
  dossier: DossierRow,
  step: Step,
  at: Date,
  before: number | null,
  unitPaths: Map<string, string[]>,
): StepChange {
  const appointment = step.appointmentAt ? new Date(step.appointmentAt) : null;
  switch (step.action) {
    case 'SUBMIT':
      return {
        toStatus: S.NEWLY_FILED,
        patch: {},
        event: {
          type: 'dossier.submitted.v1',
          payload: {
            assistedBy: dossier.assistedBy,
            returnChannel: dossier.returnChannel,
            notify: { sms: false, email: false, zalo: false },
          },
        },
      };
    case 'RECEIVE':
      return {
        toStatus: S.ACCEPTED,
        patch: { receivedAt: at, dueAt: appointment, appointmentAt: appointment },
        event: {
          type: 'dossier.received.v1',
          payload: {
            assistedBy: dossier.assistedBy,
            receivedAt: at.toISOString(),
            appointmentAt: appointment?.toISOString() ?? null,
            feeVnd: dossier.procedure.feeVnd,
          },
        },
      };
    case 'REFUSE':
      return {
        toStatus: S.NOT_ACCEPTED,
        patch: { closedAt: at },
        event: {
          type: 'dossier.refused.v1',
          payload: { reason: step.reason || step.note || 'Không ghi lý do' },
        },
      };
    case 'REQUEST_SUPPLEMENT': {
      const items = step.items?.length ? step.items : [step.note || 'Bổ sung hồ sơ'];
      return {
        toStatus: S.SUPPLEMENT_REQUESTED,
        patch: {
          supplementCount: dossier.supplementCount + 1,
          supplementRequestedAt: at,
          supplementItems: items,
          statusBeforeSupplement: dossier.status,
        },
        event: {
          type: 'dossier.supplement-requested.v1',
          payload: { items, policy: appointment ? 'RESTART' : 'PAUSE' },
        },
      };
    }
    case 'SUPPLEMENT': {
      const back =
        before === S.NEWLY_FILED ? S.NEWLY_FILED : appointment ? S.ACCEPTED : (before ?? S.ACCEPTED);
      const dueAt = appointment ?? dossier.dueAt;
      return {
        toStatus: back,
        patch: { dueAt, appointmentAt: appointment ?? dossier.appointmentAt, statusBeforeSupplement: null },
        event: { type: 'dossier.supplemented.v1', payload: { appointmentAt: dueAt?.toISOString() ?? null } },
      };
    }
    case 'START_PROCESSING':
      return {
        toStatus: S.IN_PROGRESS,
        patch: {},
        event: { type: 'dossier.processing-started.v1', payload: {} },
      };
    case 'TRANSFER': {
      const unitPath = step.toUnitCode ? unitPaths.get(step.toUnitCode) : undefined;
      if (!step.toUnitCode || !unitPath)
        throw new RowRejected(`TRANSFER needs a known toUnitCode (${step.toUnitCode ?? 'none'})`);
      return {
        toStatus: dossier.status,
        patch: { unitCode: step.toUnitCode, unitPath },
        event: {
          type: 'dossier.transferred.v1',
          payload: { fromUnitCode: dossier.unitCode, toUnitCode: step.toUnitCode },
        },
      };
    }
    case 'REQUEST_PAYMENT': {
      if (!step.amountVnd) throw new RowRejected('REQUEST_PAYMENT needs amountVnd');
      return {
        toStatus: S.PAYMENT_REQUESTED,
        patch: { paymentAmountVnd: step.amountVnd },
        event: { type: 'dossier.payment-requested.v1', payload: { amountVnd: step.amountVnd } },
      };
    }
    case 'PAY': {
      const amountVnd = step.amountVnd ?? dossier.paymentAmountVnd;
      if (!amountVnd) throw new RowRejected('PAY needs amountVnd');
      return {
        toStatus: S.IN_PROGRESS,
        patch: { paidAt: at },
        event: { type: 'dossier.paid.v1', payload: { amountVnd, online: false } },
      };
    }
    case 'RESOLVE': {
      const timeliness = judge(dossier.dueAt, at, dossier.supplementCount);
      return {
        toStatus: S.PROCESSING_FINISHED,
        patch: { resolvedAt: at, timeliness, resultSummary: step.note ?? null },
        event: {
          type: 'dossier.resolved.v1',
          payload: {
            appointmentAt: dossier.dueAt?.toISOString() ?? null,
            timeliness,
            electronicResult: false,
          },
        },
      };
    }
    case 'APOLOGIZE': {
      if (!appointment) throw new RowRejected('APOLOGIZE needs appointmentAt (the new date)');
      return {
        toStatus: dossier.status,
        patch: { appointmentAt: appointment },
        event: { type: 'dossier.apologized.v1', payload: { newAppointmentAt: appointment.toISOString() } },
      };
    }
    case 'RETURN_RESULT': {
      const returnChannel = step.returnChannel ?? dossier.returnChannel;
      return {
        toStatus: S.RESULT_RETURNED,
        patch: { returnedAt: at, returnChannel },
        event: { type: 'dossier.result-returned.v1', payload: { returnChannel } },
      };
    }
    case 'WITHDRAW':
      return {
        toStatus: S.WITHDRAWN,
        patch: { closedAt: at },
        event: { type: 'dossier.withdrawn.v1', payload: {} },
      };
    case 'STOP':
      return {
        toStatus: S.PROCESSING_STOPPED,
        patch: { closedAt: at },
        event: {
          type: 'dossier.processing-stopped.v1',
          payload: { reason: step.reason || step.note || 'Không ghi lý do' },
        },
      };
  }
}

/**
 * The live rules' legal moves. The "only one supplementation request" rule is not applied: legacy systems did not
 * enforce it, and we record what happened (a second request makes the dossier late).
 */
const legalInImport = (action: Action, status: number) => LEGAL_FROM[action].includes(status);

async function importRow(
  deps: RuleDeps,
  row: LegacyRow,
  procedure: CatalogueProcedure,
  unitPaths: Map<string, string[]>,
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
      procedure: {
        name: procedure.name,
        method: row.channel,
        duration: method?.duration ?? null,
        feeVnd: row.feeVnd,
        feeDescription: null,
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
  let beforeSupplement: number | null = null;
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
    if (step.action === 'REQUEST_SUPPLEMENT') beforeSupplement = dossier.status;
    const change = replayStep(dossier, step, at, beforeSupplement, unitPaths);
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
        note: step.note ?? step.reason ?? null,
        details: { imported: true, ...(step.items ? { items: step.items } : {}) },
        event: change.event as { type: EventType; payload: Omit<EventPayload<EventType>, 'dossierCode'> },
      },
    );
  }
  return true;
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
    const unitPaths = new Map<string, string[]>();
    for (const toUnitCode of new Set(
      row.history.flatMap((step) => (step.toUnitCode ? [step.toUnitCode] : [])),
    )) {
      const unit = await deps.catalogue.unit(toUnitCode);
      if (unit) unitPaths.set(toUnitCode, unit.path);
    }
    try {
      const created = await deps.db.transaction((tx) => importRow(deps, row, procedure, unitPaths, tx));
      if (created) report.imported++;
      else report.skipped++;
    } catch (failure) {
      // A ZodError here is an event the row would make that breaks its contract (an empty reason, say).
      if (!(failure instanceof RowRejected) && !(failure instanceof z.ZodError)) throw failure;
      const reason =
        failure instanceof z.ZodError
          ? failure.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
          : failure.message;
      report.rejected.push({ line, code: row.code, reason });
    }
  }
  return report;
}
