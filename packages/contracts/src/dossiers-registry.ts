import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { z } from 'zod';

/**
 * Which dossiers instance serves which unit. One default instance serves every unit not listed; a commune that
 * runs its own server is one entry. Dossier codes are routed by their agency code (the part before the date), so
 * each entry also lists the agency codes its units issue codes under.
 */
const registrySchema = z.object({
  default: z.url(),
  instances: z
    .array(
      z.object({
        name: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
        url: z.url(),
        units: z.array(z.string().min(1)).min(1),
        agencyCodes: z.array(z.string().min(1)).default([]),
      }),
    )
    .default([]),
});

export type RegistryFile = z.input<typeof registrySchema>;
export type DossiersInstance = { name: string; url: string; units: readonly string[] };

export const DEFAULT_INSTANCE = 'default';

type Tables = {
  instances: DossiersInstance[];
  byUnit: Map<string, DossiersInstance>;
  byAgency: Map<string, DossiersInstance>;
  fallback: DossiersInstance;
};

function build(file: RegistryFile): Tables {
  const parsed = registrySchema.parse(file);
  const fallback: DossiersInstance = { name: DEFAULT_INSTANCE, url: parsed.default, units: [] };
  const byUnit = new Map<string, DossiersInstance>();
  const byAgency = new Map<string, DossiersInstance>();
  const instances = [fallback];
  for (const entry of parsed.instances) {
    const instance = { name: entry.name, url: entry.url, units: entry.units };
    instances.push(instance);
    for (const unit of entry.units) {
      if (byUnit.has(unit)) throw new Error(`unit ${unit} is listed for two instances`);
      byUnit.set(unit, instance);
    }
    for (const agency of entry.agencyCodes) byAgency.set(agency, instance);
  }
  return { instances, byUnit, byAgency, fallback };
}

/** `000.00.91.H20-261127-0001` → `000.00.91.H20`: the code is `{agency}-{yyMMdd}-{sequence}`. */
export function agencyOfDossierCode(code: string): string | null {
  const match = /^(.+)-\d{6}-\d{4,}$/.exec(code);
  return match?.[1] ?? null;
}

export class DossiersRegistry {
  private tables: Tables;

  private constructor(
    file: RegistryFile,
    private readonly path: string | null,
  ) {
    this.tables = build(file);
  }

  static fromFile(path: string): DossiersRegistry {
    return new DossiersRegistry(JSON.parse(readFileSync(path, 'utf8')), path);
  }

  /** The deployment with one dossiers instance for every unit (the default). */
  static single(url: string): DossiersRegistry {
    return new DossiersRegistry({ default: url, instances: [] }, null);
  }

  static of(file: RegistryFile): DossiersRegistry {
    return new DossiersRegistry(file, null);
  }

  instances(): readonly DossiersInstance[] {
    return this.tables.instances;
  }

  isSingle(): boolean {
    return this.tables.instances.length === 1;
  }

  forUnit(unitCode: string): DossiersInstance {
    return this.tables.byUnit.get(unitCode) ?? this.tables.fallback;
  }

  forDossierCode(code: string): DossiersInstance {
    const agency = agencyOfDossierCode(code);
    return (agency && this.tables.byAgency.get(agency)) || this.tables.fallback;
  }

  /**
   * Reads the file again. A file that does not parse keeps the registry as it was: a typo in production must not
   * send every request to the default instance.
   */
  reload(): { ok: true } | { ok: false; error: string } {
    if (!this.path) return { ok: true };
    try {
      this.tables = build(JSON.parse(readFileSync(this.path, 'utf8')));
      return { ok: true };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }

  /** Reloads when the file changes (polling: it works on every filesystem, including mounted config maps). */
  watch(onReload: (result: ReturnType<DossiersRegistry['reload']>) => void): () => void {
    if (!this.path) return () => {};
    const path = this.path;
    watchFile(path, { interval: 1_000 }, () => onReload(this.reload()));
    return () => unwatchFile(path);
  }
}
