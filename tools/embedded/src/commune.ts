import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_UNITS } from '@dvc/catalogue';

/**
 * The registry the gateway reads when a commune runs its own dossiers instance: the commune's unit, and every
 * agency code its dossier codes were issued under (the reference data has one per version of the unit, e.g. before
 * and after the 2025 reorganisation), go to the commune's instance; everything else to the district's.
 */
export function writeCommuneRegistry(options: {
  dataDir: string;
  commune: string;
  districtUrl: string;
  communeUrl: string;
}): { path: string; instanceName: string } {
  const versions = REFERENCE_UNITS.filter((unit) => unit.code === options.commune);
  if (versions.length === 0)
    throw new Error(`unit ${options.commune} is not in the catalogue's reference data`);
  const instanceName = `commune-${options.commune}`;
  const path = join(options.dataDir, 'dossiers-registry.json');
  const registry = {
    default: options.districtUrl,
    instances: [
      {
        name: instanceName,
        url: options.communeUrl,
        units: [options.commune],
        agencyCodes: [...new Set(versions.map((unit) => unit.agencyCode))],
      },
    ],
  };
  writeFileSync(path, `${JSON.stringify(registry, null, 2)}\n`);
  return { path, instanceName };
}
