import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
  // Named by when they were generated, so that migrations written on parallel branches cannot take one number.
  migrations: { prefix: 'timestamp' },
});
