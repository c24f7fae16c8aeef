import DataLoader from 'dataloader';
import { attachmentsByDossier, dossiersByCode, historyByCodes } from './data/dossiers';
import { issuedByDossier, paymentsByDossier } from './data/payments';
import type { DossiersDatabase } from './db';

/** Per-request loaders behind every entity reference and list-child field. */
export function createLoaders(db: DossiersDatabase) {
  return {
    dossier: new DataLoader(async (codes: readonly string[]) => {
      const found = await dossiersByCode(db, codes);
      return codes.map((code) => found.get(code) ?? null);
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
