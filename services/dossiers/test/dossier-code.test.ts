import { createTestDatabase } from '@dvc/test-fixtures';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDossiersDatabase } from '../src/db';
import { dossiers } from '../src/db/schema';
import type { RuleDeps } from '../src/rules/deps';
import { formatDossierCode, vietnamDay } from '../src/rules/dossier-code';
import { fileDirect } from './support';

describe('dossier codes', () => {
  let database: ReturnType<typeof openDossiersDatabase>;
  let deps: RuleDeps;
  const file = (agencyCode: string, at: Date, overrides: Record<string, unknown> = {}) =>
    fileDirect(deps, { agencyCode, at, ...overrides });
  beforeAll(async () => {
    database = openDossiersDatabase(await createTestDatabase('dossiers'), 10);
    deps = {
      db: database.db,
      catalogue: null as never, // codes never consult the catalogue
      source: 'test',
      supplementPolicy: 'RESTART',
      now: () => new Date(),
    };
  });
  afterAll(async () => database?.close());

  it('formats agency, Vietnamese date and a four-digit sequence that widens past 9999', () => {
    expect(formatDossierCode('000.00.30.H17', '190725', 1)).toBe('000.00.30.H17-190725-0001');
    expect(formatDossierCode('000.00.30.H17', '190725', 12345)).toBe('000.00.30.H17-190725-12345');
    // 23:30 UTC on 24 July is 06:30 on 25 July in Vietnam.
    expect(vietnamDay(new Date('2019-07-24T23:30:00Z'))).toEqual({ isoDate: '2019-07-25', yyMMdd: '190725' });
  });

  it('issues a gap-free sequence per agency and day under concurrent filings', async () => {
    const receivedAt = new Date('2026-03-02T02:00:00Z');
    const codes = await Promise.all(
      Array.from({ length: 300 }, (_, index) => file(index % 3 === 0 ? 'AGENCY.B' : 'AGENCY.A', receivedAt)),
    );
    const sequence = (agency: string) =>
      codes
        .filter((code) => code.startsWith(`${agency}-`))
        .map((code) => Number(code.split('-').at(-1)))
        .sort((a, b) => a - b);
    expect(sequence('AGENCY.A')).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
    expect(sequence('AGENCY.B')).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
    expect(codes.every((code) => code.includes('-260302-'))).toBe(true);
  });

  it('restarts the sequence the next day', async () => {
    const code = await file('AGENCY.A', new Date('2026-03-03T02:00:00Z'));
    expect(code).toBe('AGENCY.A-260303-0001');
  });

  it('gives a number back when the filing transaction fails, leaving no gap', async () => {
    const receivedAt = new Date('2026-03-04T02:00:00Z');
    const first = await file('AGENCY.C', receivedAt);
    // An applicant name of null violates the table's constraint after the number was taken.
    await expect(file('AGENCY.C', receivedAt, { applicantName: null })).rejects.toThrow();
    const next = await file('AGENCY.C', receivedAt);
    expect([first, next]).toEqual(['AGENCY.C-260304-0001', 'AGENCY.C-260304-0002']);
    const [outbox] = await database.db.execute<{ count: number }>(
      sql`select count(*)::int as count from outbox where payload->>'dossierCode' like 'AGENCY.C-%'`,
    );
    expect(outbox?.count).toBe(2);
    const rows = await database.db.select().from(dossiers).where(sql`${dossiers.code} like 'AGENCY.C-%'`);
    expect(rows).toHaveLength(2);
  });
});
