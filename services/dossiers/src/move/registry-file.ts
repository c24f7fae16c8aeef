import { open, readFile, rename } from 'node:fs/promises';
import { DEFAULT_INSTANCE } from '@dvc/contracts';
import { z } from 'zod';

/**
 * The gateway's registry file (@dvc/contracts `DossiersRegistry` reads it): the fields the move changes are
 * checked, anything else in the file is kept as it is.
 */
const registryFile = z.looseObject({
  default: z.string().min(1),
  instances: z
    .array(
      z.looseObject({
        name: z.string().min(1),
        url: z.string().min(1),
        units: z.array(z.string()),
        agencyCodes: z.array(z.string()).optional(),
      }),
    )
    .default([]),
});
type RegistryFile = z.infer<typeof registryFile>;

export type TargetInstance = { name: string; url: string };

export async function readRegistry(path: string): Promise<RegistryFile> {
  return registryFile.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** The instance named (or addressed) on the command line; a name not in the file needs its URL. */
export function targetInstance(
  file: RegistryFile,
  instance: string,
  url: string | undefined,
): TargetInstance {
  if (instance === DEFAULT_INSTANCE || instance === file.default) {
    return { name: DEFAULT_INSTANCE, url: file.default };
  }
  const listed = file.instances.find((entry) => entry.name === instance || entry.url === instance);
  if (listed) return { name: listed.name, url: listed.url };
  if (!url) {
    throw new Error(
      `the registry has no instance ${instance}; give its address with --to-url to add it, or name a listed one`,
    );
  }
  if (!/^[a-z0-9-]+$/.test(instance)) {
    throw new Error(`a new instance name must be lowercase letters, digits and dashes, not ${instance}`);
  }
  return { name: instance, url };
}

/** The name of the instance the registry sends the unit to now. */
export function instanceServing(file: RegistryFile, unit: string): string {
  return file.instances.find((entry) => entry.units.includes(unit))?.name ?? DEFAULT_INSTANCE;
}

/** The registry with the unit and its agencies' dossier codes sent to the target, and nowhere else. */
export function withUnitAt(
  file: RegistryFile,
  unit: string,
  agencies: readonly string[],
  target: TargetInstance,
): RegistryFile {
  const instances = file.instances.map((entry) => ({
    ...entry,
    units: entry.units.filter((code) => code !== unit),
    agencyCodes: (entry.agencyCodes ?? []).filter((code) => !agencies.includes(code)),
  }));
  if (target.name !== DEFAULT_INSTANCE) {
    let entry = instances.find((candidate) => candidate.name === target.name);
    if (!entry) {
      entry = { name: target.name, url: target.url, units: [], agencyCodes: [] };
      instances.push(entry);
    }
    entry.units.push(unit);
    entry.agencyCodes.push(...agencies);
  }
  // An instance left with no unit is dropped: the registry lists only instances that serve some unit.
  return { ...file, instances: instances.filter((entry) => entry.units.length > 0) };
}

/**
 * Replaces the file in one step (write a temporary file beside it, flush it, rename it over the old one), so the
 * gateway's polling reads either the old registry or the new one, never half of one.
 */
export async function writeRegistry(path: string, file: RegistryFile): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}
