import { runMigrations } from '@dvc/database';
import { createServersSetup } from '@dvc/test-fixtures';
import { migrationsFolder } from '../src/db';

export default createServersSetup({ reporting: (url) => runMigrations(url, migrationsFolder) });
