import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { withDatabase } from './global-setup';

/** A fresh database cloned from the service's migrated template: tests never see each other's rows. */
export async function createTestDatabase(service: string): Promise<string> {
  const adminUrl = inject('databaseAdminUrl');
  const template = inject('templateDatabases')[service];
  if (!template) throw new Error(`no template database for ${service}: add it to the package's global setup`);
  const name = `test_${service}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(adminUrl, name);
}

export function testRedisUrl(): string {
  return inject('redisUrl');
}

/** A BullMQ key prefix of its own per test, so that parallel tests never share a queue. */
export function uniquePrefix(): string {
  return `test-${randomBytes(6).toString('hex')}`;
}
