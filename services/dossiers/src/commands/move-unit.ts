import { parseArgs } from 'node:util';
import { runMain } from '@dvc/service-kit';
import { openDossiersDatabase } from '../db';
import { moveUnit } from '../move/move-unit';

const USAGE = `usage: npm run move-unit -w @dvc/dossiers -- --unit <GSO code> \\
  --from <source DATABASE_URL> --to <target DATABASE_URL> \\
  --from-files <source ATTACHMENTS_DIR> --to-files <target ATTACHMENTS_DIR> \\
  --registry <gateway registry JSON file> --to-instance <instance name, "default", or its URL> \\
  [--to-url <target instance URL, to add an instance the registry does not list>] [--agency <agency code> …]`;

/** Moves one unit's dossiers between two dossiers instances; see the README, "Moving a unit". */
runMain(async () => {
  const { values } = parseArgs({
    options: {
      unit: { type: 'string' },
      agency: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      'from-files': { type: 'string' },
      'to-files': { type: 'string' },
      registry: { type: 'string' },
      'to-instance': { type: 'string' },
      'to-url': { type: 'string' },
    },
    strict: true,
  });
  const { unit, from, to, registry } = values;
  const fromFiles = values['from-files'];
  const toFiles = values['to-files'];
  const toInstance = values['to-instance'];
  if (!unit || !from || !to || !fromFiles || !toFiles || !registry || !toInstance) throw new Error(USAGE);
  if (from === to) throw new Error('--from and --to name the same database');
  const source = openDossiersDatabase(from, 4);
  const target = openDossiersDatabase(to, 4);
  try {
    const result = await moveUnit({
      source: source.db,
      target: target.db,
      unit,
      ...(values.agency ? { agencies: values.agency } : {}),
      fromFiles,
      toFiles,
      registryPath: registry,
      toInstance,
      ...(values['to-url'] ? { toUrl: values['to-url'] } : {}),
      log: (line) => console.log(line),
    });
    if (result.outcome === 'DIFFERENT') process.exitCode = 2;
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
});
