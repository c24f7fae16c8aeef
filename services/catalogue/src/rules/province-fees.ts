import type { Identity } from '@dvc/identity';
import { type ProvinceFee, provinceFeesOn, recordProvinceFee } from '../data/province-fees';
import type { UnitVersion } from '../data/units';
import type { CatalogueDatabase } from '../db';
import type { Loaders } from '../loaders';
import { requireAdmin } from './access';
import { notFound, requireProcedureCode, requireUnitCode } from './codes';
import type { ProcedureDetails } from './procedures';
import { type ProvinceFeeInput, validateProvinceFee } from './validation';

type Method = ProcedureDetails['methods'][number];

/** The fee as the API gives it: `amountVnd` null where the amount is the province's and none is known. */
export type FeeAnswer = Omit<Method['fee'], 'amountVnd'> & {
  amountVnd: number | null;
  provinceFee: ProvinceFee | null;
};

/**
 * The methods of a procedure with the fees a province set filled in. Without a province (no unit asked for) a
 * SET_BY_PROVINCE amount is unknown, not zero: zero would tell the citizen the procedure is free.
 */
export function withProvinceAmounts(
  methods: Method[],
  fees: ProvinceFee[] | null,
): Array<Omit<Method, 'fee'> & { fee: FeeAnswer }> {
  return methods.map((terms) => {
    if (terms.fee.kind !== 'SET_BY_PROVINCE') return { ...terms, fee: { ...terms.fee, provinceFee: null } };
    const set = fees?.find((fee) => fee.method === terms.method) ?? null;
    return { ...terms, fee: { ...terms.fee, amountVnd: set?.amountVnd ?? null, provinceFee: set } };
  });
}

/** The province a unit belonged to on `date`, following its parents. */
export async function provinceOf(loaders: Loaders, unitCode: string, date: string): Promise<UnitVersion> {
  requireUnitCode(unitCode);
  let unit = await loaders.unit.load({ code: unitCode, at: date, latestIfNone: false });
  if (!unit) throw notFound(`đơn vị hành chính vào ngày ${date}`, `administrative unit on ${date}`, unitCode);
  while (unit.level !== 'PROVINCE' && unit.parentCode) {
    const parent: UnitVersion | null = await loaders.unit.load({
      code: unit.parentCode,
      at: date,
      latestIfNone: false,
    });
    if (!parent) break;
    unit = parent;
  }
  return unit;
}

/** The fees of a procedure in the province of `unitCode` on `date`. */
export async function feesForUnit(
  db: CatalogueDatabase,
  loaders: Loaders,
  procedureCode: string,
  unitCode: string,
  date: string,
): Promise<ProvinceFee[]> {
  const province = await provinceOf(loaders, unitCode, date);
  if (province.level !== 'PROVINCE') return [];
  return provinceFeesOn(db, { provinceCode: province.code, procedureCode, on: date });
}

export async function setProvinceFee(
  db: CatalogueDatabase,
  loaders: Loaders,
  identity: Identity,
  input: ProvinceFeeInput,
): Promise<ProvinceFee> {
  requireAdmin(identity);
  requireProcedureCode(input.procedureCode);
  const procedure = await loaders.procedure.load(input.procedureCode);
  if (!procedure) throw notFound('thủ tục', 'procedure', input.procedureCode);
  const methods = (procedure.details as ProcedureDetails).methods;
  validateProvinceFee(input, methods.find((terms) => terms.method === input.method)?.fee.kind);
  return recordProvinceFee(db, {
    provinceCode: input.provinceCode,
    procedureCode: input.procedureCode,
    method: input.method,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    amountVnd: input.amountVnd,
    resolution: input.resolution.trim(),
    source: input.source.trim(),
    confirmed: input.confirmed,
    note: input.note?.trim() || null,
  });
}
