import DataLoader from 'dataloader';
import { attachmentsByDossier, type DossierRow, dossiersByCode, historyByCodes } from './data/dossiers';
import { issuedByDossier, paymentsByDossier } from './data/payments';
import type { DossiersDatabase } from './db';
import { movedAwayErrors } from './rules/unit-moves';

/** Per-request loaders behind every entity reference and list-child field. */
export function createLoaders(db: DossiersDatabase) {
  return {
    dossier: new DataLoader<string, DossierRow | null>(async (codes) => {
      const found = await dossiersByCode(db, codes);
      // Rows left behind by a move answer nothing: the unit's instance holds their true state.
      const moved = await movedAwayErrors(
        db,
        [...found.values()].map((row) => row.receivingUnitCode),
      );
      return codes.map((code) => {
        const row = found.get(code);
        return row ? (moved.get(row.receivingUnitCode) ?? row) : null;
      });
    }),
    history: new DataLoader(async (codes: readonly string[]) => {
      const found = await historyByCodes(db, codes);
      return codes.map((code) => found.get(code) ?? []);
    }),
    attachments: new DataLoader(async (codes: readonly string[]) => {
      const found = await attachmentsByDossier(db, codes);
      return codes.map((code) => found.get(code) ?? []);
    }),
    payments: new DataLoader(async (codes: readonly string[]) => {
      const found = await paymentsByDossier(db, codes);
      return codes.map((code) => found.get(code) ?? []);
    }),
    issued: new DataLoader(async (codes: readonly string[]) => {
      const found = await issuedByDossier(db, codes);
      return codes.map((code) => found.get(code) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
