import { userError } from '@dvc/service-kit';
import type { DossierRow } from '../data/dossiers';

/**
 * The fee of a dossier from the procedure version it was filed under: the fixed amount, or the unit amount times
 * the pages or copies where the fee table charges by them. Zero for free procedures, which skip payment.
 */
export function feeOf(dossier: DossierRow, quantity: number | null): number {
  const { feeVnd, feeKind } = dossier.procedure;
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
