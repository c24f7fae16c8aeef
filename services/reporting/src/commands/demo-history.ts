import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { runMain } from '@dvc/service-kit';
import { laiVung2019History } from '../demo/lai-vung-2019';

/**
 * Writes the article's history (Lai Vung, first half of 2019) as NDJSON for the dossiers import:
 *   npm run demo-history -w @dvc/reporting -- [file]     (default .data/demo/lai-vung-2019.ndjson)
 */
runMain(async () => {
  const file = resolve(process.argv[2] ?? '.data/demo/lai-vung-2019.ndjson');
  const rows = laiVung2019History();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`, 'utf8');
  console.log(`reporting: ${rows.length} dossiers of Lai Vung, 1/1–30/6/2019, written to ${file}`);
});
