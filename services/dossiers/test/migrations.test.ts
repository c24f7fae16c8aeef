import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const services = join(import.meta.dirname, '..', '..');

/**
 * Every service's migrations, checked here once. drizzle's migrator knows a migration only by its journal `when`:
 * it applies those later than the last one a database has, so a migration merged from an older branch behind a
 * newer one that is already deployed would be skipped without a word. Such a migration must be generated again.
 */
describe.each(
  readdirSync(services).filter((name) =>
    existsSync(join(services, name, 'drizzle', 'meta', '_journal.json')),
  ),
)('the migrations of %s', (service) => {
  const folder = join(services, service, 'drizzle');
  const journal: { entries: Array<{ when: number; tag: string }> } = JSON.parse(
    readFileSync(join(folder, 'meta', '_journal.json'), 'utf8'),
  );

  it('are named by the time they were generated, each with its SQL and snapshot', () => {
    for (const { tag } of journal.entries) {
      expect(tag).toMatch(/^\d{14}_[\w-]+$/);
      expect(existsSync(join(folder, `${tag}.sql`)), tag).toBe(true);
      expect(existsSync(join(folder, 'meta', `${tag.slice(0, 14)}_snapshot.json`)), tag).toBe(true);
    }
    expect(readdirSync(folder).filter((name) => name.endsWith('.sql'))).toHaveLength(journal.entries.length);
  });

  it('run in the order they were generated', () => {
    const whens = journal.entries.map((entry) => entry.when);
    expect(whens).toEqual([...whens].sort((a, b) => a - b));
    expect(new Set(whens).size).toBe(whens.length);
    const tags = journal.entries.map((entry) => entry.tag);
    expect(tags).toEqual([...tags].sort());
  });
});
