import DataLoader from 'dataloader';
import { dossiersByCode } from './data/dossiers';
import type { DossiersDatabase } from './db';

/** Per-request loaders behind every entity reference. */
export function createLoaders(db: DossiersDatabase) {
  return {
    dossier: new DataLoader(async (codes: readonly string[]) => {
      const found = await dossiersByCode(db, codes);
      return codes.map((code) => found.get(code) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
