import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres-server';
import { startRedis } from './redis-server';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseAdminUrl: string;
    /** Template database per service, migrated once, cloned per test file. */
    templateDatabases: Record<string, string>;
    redisUrl: string;
  }
}

/**
 * The vitest global setup of a package: one PostgreSQL and one Redis for the whole run (started from the
 * machine's binaries unless TEST_DATABASE_URL / TEST_REDIS_URL are given) and a migrated template database per
 * service, which each test file clones into a fresh database.
 */
export function createServersSetup(templates: Record<string, (url: string) => Promise<void>>) {
  return async function setup(project: TestProject) {
    const stops: Array<() => Promise<void>> = [];
    let adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) {
      const server = await startPostgres();
      stops.push(server.stop);
      adminUrl = server.url;
    }
    let redisUrl = process.env.TEST_REDIS_URL;
    if (!redisUrl) {
      const server = await startRedis();
      stops.push(server.stop);
      redisUrl = server.url;
    }
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    const templateDatabases: Record<string, string> = {};
    try {
      for (const [service, migrate] of Object.entries(templates)) {
        const name = `template_${service}_${process.pid}_${Date.now()}`;
        await admin.unsafe(`create database "${name}"`);
        await migrate(withDatabase(adminUrl, name));
        templateDatabases[service] = name;
      }
    } finally {
      await admin.end();
    }
    project.provide('databaseAdminUrl', adminUrl);
    project.provide('templateDatabases', templateDatabases);
    project.provide('redisUrl', redisUrl);
    return async () => {
      for (const stop of stops.reverse()) await stop();
    };
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
