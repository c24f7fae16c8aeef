import { readFile } from 'node:fs/promises';
import { signIdentity } from '@dvc/identity';
import type { ImportReport } from '../import/legacy';

/** Sends a legacy history file to a running dossiers service (its /admin/import), signed as an administrator. */
export async function importIntoRunningService(options: {
  /** The service's base URL, e.g. http://localhost:4002. */
  url: string;
  identitySecret: string;
  file: string;
}): Promise<ImportReport> {
  const format = options.file.toLowerCase().endsWith('.csv') ? 'CSV' : 'NDJSON';
  const response = await fetch(`${options.url.replace(/\/(graphql)?$/, '')}/admin/import?format=${format}`, {
    method: 'POST',
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      ...signIdentity(
        { sub: 'import-command', role: 'ADMIN', unitCode: null, name: null },
        options.identitySecret,
      ),
    },
    body: await readFile(options.file, 'utf8'),
  });
  if (!response.ok)
    throw new Error(`${options.url} refused the import (${response.status}): ${await response.text()}`);
  return (await response.json()) as ImportReport;
}
