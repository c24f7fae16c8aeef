import type { CatalogueClient } from '../catalogue';
import type { DossiersDatabase } from '../db';

/** What the rules need besides their arguments; tests build one around a real database and catalogue. */
export type RuleDeps = {
  db: DossiersDatabase;
  catalogue: CatalogueClient;
  /** Names this instance in the events it emits. */
  source: string;
  supplementPolicy: 'RESTART' | 'PAUSE';
  /** The units this instance serves (a commune running its own server); unset or null: every unit. */
  servedUnits?: ReadonlySet<string> | null;
  now: () => Date;
};
