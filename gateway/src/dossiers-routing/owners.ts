import type { DossiersInstance, DossiersRegistry } from '@dvc/contracts';
import type { Owner } from './declarations';
import { idOf, type Variables, valueAt } from './operation';

/** A unit's path up the hierarchy (the unit first), or null when it cannot be known now. */
export type PathOf = (unitCode: string) => Promise<readonly string[] | null>;

/** The instance that owns a field or an entity, and the unit an error names when it does not answer. */
type Owned = { instance: DossiersInstance; unit: string | null };

const servedBy = (instance: DossiersInstance): Owned => ({
  instance,
  unit: instance.units.join(', ') || null,
});

/** What each kind of key a schema declares says of its owner. */
const OWNER_BY_KEY: Record<keyof Owner, (registry: DossiersRegistry, key: string) => Owned> = {
  unit: (registry, unit) => ({ instance: registry.forUnit(unit), unit }),
  // A dossier code carries the agency that issued it, and each agency's codes are issued by one instance.
  dossier: (registry, code) => servedBy(registry.forDossierCode(code)),
  // A payment's reference is its dossier's code and the attempt number (`…-0001-2`).
  payment: (registry, reference) => servedBy(registry.forDossierCode(reference.replace(/-\d+$/, ''))),
};

/**
 * The owner named by the first declared key that `values` (a field's arguments, or an entity's representation)
 * give. Without one, the caller's own unit: an officer acting at their unit, revoking a document of theirs.
 */
export function ownerOf(
  registry: DossiersRegistry,
  owner: Owner,
  values: Variables,
  callerUnit: string | null,
): Owned {
  for (const kind of ['unit', 'dossier', 'payment'] as const) {
    const path = owner[kind];
    const key = path ? idOf(valueAt(values, path)) : null;
    if (key !== null) return OWNER_BY_KEY[kind](registry, key);
  }
  return { instance: registry.forUnit(callerUnit ?? ''), unit: callerUnit };
}

/** The unit a declared `unit` key names, if any: the unit whose subtree a merged list covers. */
export function unitNamed(owner: Owner | undefined, values: Variables): string | null {
  return owner?.unit ? idOf(valueAt(values, owner.unit)) : null;
}

/**
 * The instances that may hold dossiers at or below a unit, or every instance without one. The default instance
 * serves every unit not listed, so it may hold any unit's subunits; an instance whose units' place in the
 * hierarchy is unknown now is asked too, since one instance too many costs time and one too few a short list.
 */
export async function concernedBy(
  registry: DossiersRegistry,
  pathOf: PathOf,
  unit: string | null,
): Promise<DossiersInstance[]> {
  const all = [...registry.instances()];
  if (unit === null) return all;
  const concerned = await Promise.all(
    all.map(async (instance) => {
      if (instance.units.length === 0) return true;
      const paths = await Promise.all(instance.units.map((code) => pathOf(code)));
      return paths.some((path) => path === null || path.includes(unit));
    }),
  );
  return all.filter((_, index) => concerned[index]);
}
