import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@dvc/service-kit';
import { createTestDatabase, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { describe, expect, it } from 'vitest';
import { loadDossiersConfig } from '../src/config';
import { startDossiers } from '../src/service';

describe('/health', () => {
  it("says the database is unreachable without the driver's message (host, database, user)", async () => {
    const url = new URL(await createTestDatabase('dossiers'));
    url.pathname = '/no_such_database_for_health';
    const service = await startDossiers(
      loadDossiersConfig({
        NODE_ENV: 'development',
        LOG_LEVEL: 'silent',
        IDENTITY_SECRET: TEST_IDENTITY_SECRET,
        PORT: '0',
        DATABASE_URL: url.toString(),
        ATTACHMENTS_DIR: await mkdtemp(join(tmpdir(), 'dossiers-health-')),
        DEADLINE_WARNING_INTERVAL_SECONDS: '0',
      }),
      createLogger('test', 'silent'),
    );
    try {
      const response = await fetch(service.url.replace(/\/graphql$/, '/health'));
      expect(response.status).toBe(503);
      const text = await response.text();
      expect(JSON.parse(text).checks.database).toMatch(/^unreachable/);
      expect(text).not.toContain('no_such_database_for_health');
      expect(text).not.toContain(url.hostname);
      expect(text).not.toContain(url.username);
    } finally {
      await service.stop();
    }
  });
});
