import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { laiVung2019History } from '@dvc/reporting';

/**
 * The article's six months of Lai Vung (first half of 2019) as a legacy history file, written once into the data
 * folder; the dossiers service loads it through its import, so reports count it from the same events as live work.
 */
export function demoHistoryFile(dataDir: string): string {
  const folder = join(dataDir, 'demo');
  const file = join(folder, 'lai-vung-2019.ndjson');
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      file,
      `${laiVung2019History()
        .map((row) => JSON.stringify(row))
        .join('\n')}\n`,
    );
  }
  return file;
}
