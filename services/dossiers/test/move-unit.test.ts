import { createHash, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createTestDatabase, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogueClient } from '../src/catalogue';
import { markUnit, unitState } from '../src/data/unit-states';
import { openDossiersDatabase } from '../src/db';
import { attachments, dossiers, outbox } from '../src/db/schema';
import { attachmentPath } from '../src/files/routes';
import { createLoaders } from '../src/loaders';
import { copyUnit } from '../src/move/copy';
import { moveUnit } from '../src/move/move-unit';
import { withUnitAt } from '../src/move/registry-file';
import { verifyUnit } from '../src/move/verify';
import type { RuleDeps } from '../src/rules/deps';
import { receiveDossier, startProcessing } from '../src/rules/lifecycle';
import { assertUnitWritable } from '../src/rules/unit-moves';
import { fileDirect, who } from './support';

const UNIT = '30226';
const AGENCY = '000.00.91.H20';

describe('the move-unit steps on two databases', () => {
  let source: ReturnType<typeof openDossiersDatabase>;
  let target: ReturnType<typeof openDossiersDatabase>;
  let deps: RuleDeps;
  let folders: { from: string; to: string };

  beforeAll(async () => {
    source = openDossiersDatabase(await createTestDatabase('dossiers'), 6);
    target = openDossiersDatabase(await createTestDatabase('dossiers'), 6);
    deps = {
      db: source.db,
      // No step here asks the catalogue: the dossiers are written without a duration.
      catalogue: createCatalogueClient({
        url: 'http://127.0.0.1:9/graphql',
        identitySecret: TEST_IDENTITY_SECRET,
      }),
      source: 'district',
      supplementPolicy: 'RESTART',
      now: () => new Date(),
    };
    folders = {
      from: await mkdtemp(join(tmpdir(), 'move-from-')),
      to: await mkdtemp(join(tmpdir(), 'move-to-')),
    };
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  async function attach(code: string, content: string) {
    const id = randomUUID();
    const path = attachmentPath(folders.from, id);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    await source.db.insert(attachments).values({
      id,
      uploaderSub: 'citizen-1',
      uploaderRole: 'CITIZEN',
      fileName: 'giay-to.pdf',
      contentType: 'application/pdf',
      sizeBytes: Buffer.byteLength(content),
      sha256: createHash('sha256').update(content).digest('hex'),
      dossierCode: code,
    });
    return id;
  }

  it('the mark waits for a write under way, which is then copied; later writes are refused, reads served', async () => {
    const code = await fileDirect(deps);
    let release: () => void = () => {};
    let started: () => void = () => {};
    const holding = new Promise<void>((resolve) => {
      started = resolve;
    });
    const write = source.db.transaction(async (tx) => {
      await assertUnitWritable(tx, UNIT);
      await tx.update(dossiers).set({ assignedTo: 'officer-under-way' }).where(eq(dossiers.code, code));
      started();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    await holding;
    let marked = false;
    const mark = markUnit(source.db, UNIT, 'MOVING', 'commune').then(() => {
      marked = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(marked).toBe(false);
    release();
    await write;
    await mark;
    expect(marked).toBe(true);

    await expect(receiveDossier(deps, code, who.officer(UNIT))).rejects.toMatchObject({
      extensions: { code: 'UNIT_MOVING', unit: UNIT },
      message: expect.stringMatching(/đang được chuyển sang máy chủ khác.*try again in a few minutes/),
    });
    const read = await createLoaders(source.db).dossier.load(code);
    expect(read).toMatchObject({ code, assignedTo: 'officer-under-way', status: 1 });

    await copyUnit({ source: source.db, target: target.db, unit: UNIT, agencies: [AGENCY], ...filesOf() });
    const [copied] = await target.db.select().from(dossiers).where(eq(dossiers.code, code));
    expect(copied?.assignedTo).toBe('officer-under-way');

    await markUnit(source.db, UNIT, 'MOVED', 'commune');
    await expect(createLoaders(source.db).dossier.load(code)).rejects.toMatchObject({
      extensions: { code: 'UNIT_MOVED', unit: UNIT },
      message: expect.stringMatching(/nay do máy chủ commune phục vụ.*now served by server commune/),
    });
    await source.db.execute(sql`delete from unit_states`);
  });

  const filesOf = () => ({ fromFiles: folders.from, toFiles: folders.to });

  it('copies idempotently: a second copy duplicates nothing, and each waiting event is handed over once', async () => {
    const code = await fileDirect(deps);
    await receiveDossier(deps, code, who.officer(UNIT));
    await startProcessing(deps, code, who.officer(UNIT));
    const fileId = await attach(code, '%PDF-1.4 tờ khai');
    const request = { source: source.db, target: target.db, unit: UNIT, agencies: [AGENCY], ...filesOf() };
    const waitingBefore = await source.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(sql`published_at is null`);
    expect(waitingBefore.length).toBeGreaterThan(0);

    const first = await copyUnit(request);
    expect(first.handedOverEvents).toBe(waitingBefore.length);
    expect(first.filesCopied).toBe(1);
    const published = await source.db.select().from(outbox).where(sql`published_at is null`);
    expect(published).toEqual([]);
    const second = await copyUnit(request);
    expect(second).toMatchObject({ handedOverEvents: 0, filesCopied: 0, filesPresent: 1 });
    expect(second.rows).toEqual(first.rows);

    const verified = await verifyUnit(request);
    expect(verified.problems).toEqual([]);
    for (const check of verified.checks) expect(check.equal, check.name).toBe(true);
    const waitingOnTarget = await target.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(sql`published_at is null`);
    // Waiting there too: the events the first test handed over, and these.
    expect(waitingOnTarget.map((row) => row.id)).toEqual(
      expect.arrayContaining(waitingBefore.map((row) => row.id)),
    );
    const history = await target.db.execute<{ n: number }>(
      sql`select count(*)::int as n from dossier_history where dossier_code = ${code}`,
    );
    expect(history[0]?.n).toBe(3);
    expect(await readFile(attachmentPath(folders.to, fileId), 'utf8')).toBe('%PDF-1.4 tờ khai');

    // A file that differs on the target is found by the verification.
    await writeFile(attachmentPath(folders.to, fileId), '%PDF-1.4 tờ khai (sửa)');
    const tampered = await verifyUnit(request);
    expect(tampered.equal).toBe(false);
    expect(tampered.problems).toEqual([
      expect.stringMatching(new RegExp(`target file ${fileId} has sha256`)),
    ]);
    await copyUnit(request);
    expect((await verifyUnit(request)).equal).toBe(true);
  });

  it('a run stopped after the registry switch only sets the MOVED mark; a target serving the unit is refused', async () => {
    const registryPath = join(await mkdtemp(join(tmpdir(), 'registry-')), 'dossiers.json');
    const commune = { name: 'commune', url: 'http://commune.example.vn/graphql' };
    await writeFile(
      registryPath,
      JSON.stringify({
        default: 'http://district.example.vn/graphql',
        instances: [{ ...commune, units: [UNIT], agencyCodes: [AGENCY] }],
      }),
    );
    const request = {
      source: source.db,
      target: target.db,
      unit: UNIT,
      ...filesOf(),
      registryPath,
      toInstance: 'commune',
      log: () => {},
    };
    await expect(moveUnit(request)).rejects.toThrow(/already sends unit 30226 to commune/);
    await markUnit(source.db, UNIT, 'MOVING', 'commune');
    expect(await moveUnit(request)).toEqual({ outcome: 'MOVED', checks: [] });
    expect(await unitState(source.db, UNIT)).toMatchObject({ state: 'MOVED', target: 'commune' });
    expect(await moveUnit(request)).toEqual({ outcome: 'ALREADY_MOVED' });
    await source.db.execute(sql`delete from unit_states`);

    // The target holds the unit's dossiers (copied above) with no mark of its own: moving onto it would erase them.
    await writeFile(
      registryPath,
      JSON.stringify({ default: 'http://district.example.vn/graphql', instances: [] }),
    );
    await expect(moveUnit({ ...request, toUrl: commune.url })).rejects.toThrow(
      /target already holds \d+ dossiers of unit 30226/,
    );
    expect(await unitState(source.db, UNIT)).toBeNull();
  });

  it('rewrites the registry: the unit and its agencies go to the target and nowhere else', () => {
    const file = {
      default: 'http://district/graphql',
      instances: [
        // Unit 2's code was reused in 2025: its older dossiers carry A2-2019, the newer ones A2.
        { name: 'a', url: 'http://a/graphql', units: ['1', '2'], agencyCodes: ['A1', 'A2-2019', 'A2'] },
        { name: 'b', url: 'http://b/graphql', units: ['3'], agencyCodes: ['B3'] },
      ],
    };
    expect(
      withUnitAt(file, '2', ['A2-2019', 'A2'], { name: 'b', url: 'http://b/graphql' }).instances,
    ).toEqual([
      { name: 'a', url: 'http://a/graphql', units: ['1'], agencyCodes: ['A1'] },
      { name: 'b', url: 'http://b/graphql', units: ['3', '2'], agencyCodes: ['B3', 'A2-2019', 'A2'] },
    ]);
    expect(withUnitAt(file, '3', ['B3'], { name: 'default', url: file.default }).instances).toEqual([
      file.instances[0],
    ]);
    expect(withUnitAt(file, '4', ['C4'], { name: 'c', url: 'http://c/graphql' }).instances.at(-1)).toEqual({
      name: 'c',
      url: 'http://c/graphql',
      units: ['4'],
      agencyCodes: ['C4'],
    });
  });
});
