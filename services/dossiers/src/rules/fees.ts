import { userError } from '@dvc/service-kit';
import type { CatalogueClient, CatalogueProcedure } from '../catalogue';
import type { DossierRow } from '../data/dossiers';
import type { ProcedureSnapshot } from '../db/schema';

type FeeSnapshot = Pick<ProcedureSnapshot, 'feeVnd' | 'feeDescription' | 'feeKind' | 'feeResolution'>;

/**
 * The fee a dossier keeps from filing. A fee the procedure leaves to the province ("do HĐND tỉnh quy định") is the
 * amount the filing unit's province set for that day, with its resolution; the procedure itself stores none.
 */
export async function feeAtFiling(
  catalogue: CatalogueClient,
  procedure: CatalogueProcedure,
  method: CatalogueProcedure['methods'][number],
  unitCode: string,
  on: string,
): Promise<FeeSnapshot> {
  const fee = method.fee;
  if (fee?.kind !== 'SET_BY_PROVINCE') {
    return {
      feeVnd: fee?.amountVnd ?? 0,
      feeDescription: fee?.description ?? null,
      feeKind: fee?.kind ?? 'FREE',
    };
  }
  const fees = await catalogue.feesAt(procedure.code, procedure.version, unitCode, on);
  const set = fees.find((candidate) => candidate.method === method.method);
  return {
    feeVnd: set?.amountVnd ?? 0,
    feeDescription: fee.description,
    feeKind: 'SET_BY_PROVINCE',
    feeResolution: set?.amountVnd != null ? set.resolution : null,
  };
}

/** A province's fee whose amount was not recorded when the dossier was filed: it is owed, but of unknown amount. */
export const provinceAmountUnknown = (procedure: ProcedureSnapshot) =>
  procedure.feeKind === 'SET_BY_PROVINCE' && !procedure.feeResolution && procedure.feeVnd <= 0;

/** Nothing to pay: a free procedure, or a province's fee its resolution sets at 0. */
export const chargesNoFee = (procedure: ProcedureSnapshot) =>
  procedure.feeVnd <= 0 && !provinceAmountUnknown(procedure);

/**
 * The fee of a dossier from the procedure version it was filed under: the fixed amount, or the unit amount times
 * the pages or copies where the fee table charges by them. Zero for free procedures, which skip payment.
 */
export function feeOf(dossier: DossierRow, quantity: number | null): number {
  const { feeVnd, feeKind } = dossier.procedure;
  if (provinceAmountUnknown(dossier.procedure)) {
    throw userError(
      'BAD_USER_INPUT',
      'Lệ phí của thủ tục này do HĐND tỉnh quy định và chưa được ghi nhận mức thu; vui lòng nhập số tiền theo nghị quyết của tỉnh',
      "This procedure's fee is set by the province and its amount is not recorded; give the amount of the province's resolution",
    );
  }
  if (feeVnd <= 0) {
    throw userError(
      'BAD_USER_INPUT',
      'Thủ tục của hồ sơ này không thu phí, lệ phí; hồ sơ không cần thanh toán',
      'The procedure of this dossier charges no fee; there is nothing to pay',
    );
  }
  if (feeKind !== 'PER_PAGE' && feeKind !== 'PER_COPY') return feeVnd;
  if (quantity === null || !Number.isInteger(quantity) || quantity <= 0) {
    const unit = feeKind === 'PER_PAGE' ? 'trang' : 'bản sao';
    throw userError(
      'BAD_USER_INPUT',
      `Lệ phí tính theo ${unit}: vui lòng nhập số ${unit} (số nguyên dương)`,
      `The fee is charged per ${feeKind === 'PER_PAGE' ? 'page' : 'copy'}: give their number (a positive whole number)`,
    );
  }
  return feeVnd * quantity;
}
