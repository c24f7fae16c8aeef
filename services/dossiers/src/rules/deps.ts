import type { CatalogueClient } from '../catalogue';
import type { DossiersDatabase } from '../db';
import type { PaymentProvider } from '../payments/provider';

/** What the rules need besides their arguments; tests build one around a real database and catalogue. */
export type RuleDeps = {
  db: DossiersDatabase;
  catalogue: CatalogueClient;
  /** Names this instance in the events it emits. */
  source: string;
  supplementPolicy: 'RESTART' | 'PAUSE';
  /** The units this instance serves (a commune running its own server); unset or null: every unit. */
  servedUnits?: ReadonlySet<string> | null;
  /** Units that run their own instance, which this (default) instance must not take dossiers of. */
  unitsServedElsewhere?: ReadonlySet<string> | null;
  now: () => Date;
  /** The payment platform and where it calls us back; null when online payment is not configured. */
  payments?: {
    provider: PaymentProvider;
    callbackUrl: () => string;
    /** Origins of the web app the payer may be sent back to; a path is taken relative to the first. */
    returnOrigins: readonly string[];
  } | null;
};
