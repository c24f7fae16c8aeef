import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentPath } from '../src/files/routes';
import { sweepUnattachedFiles } from '../src/files/sweep';
import { fileDirect, startStack, who } from './support';

const PDF = (size = 32) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size, 0x20)]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);

describe('uploads: single-use links, real types, a quota per account, and no files left behind', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'uploads-test-'));
    stack = await startStack({ ATTACHMENTS_DIR: folder, ACCOUNT_UPLOAD_QUOTA_BYTES: String(100 * 1024) });
  });
  afterAll(async () => stack?.stop());

  const link = async (identity = who.citizen()) =>
    (await stack.ask(identity, 'mutation { createUploadUrl { url } }')).data?.createUploadUrl.url as string;
  const send = async (url: string, content: Buffer, type: string, name = 'giay-to.pdf') => {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), name);
    const response = await fetch(url, { method: 'POST', body: form });
    const body = (await response.json()) as { id?: string; error?: { code: string; message: string } };
    return { status: response.status, body };
  };

  it('stores one file per link: the same link again is refused', async () => {
    const url = await link();
    expect((await send(url, PDF(), 'application/pdf')).status).toBe(201);
    const again = await send(url, PDF(), 'application/pdf');
    expect(again.status).toBe(401);
    expect(again.body.error?.code).toBe('UNAUTHENTICATED');
    expect(again.body.error?.message).toMatch(/đã được dùng.*already used/);
  });

  it('judges the type by the bytes, not by what the client declares', async () => {
    const executable = await send(await link(), Buffer.from('MZ\x90\x00 not a pdf'), 'application/pdf');
    expect(executable.status).toBe(415);
    expect(executable.body.error?.code).toBe('BAD_USER_INPUT');
    const page = await send(await link(), Buffer.from('<html><script>alert(1)</script>'), 'image/png');
    expect(page.status).toBe(415);
    const photo = await send(await link(), JPEG, 'image/png', 'anh.png');
    expect(photo.status).toBe(201);
    const picture = await send(await link(), PNG, 'application/octet-stream', 'anh');
    expect(picture.status).toBe(201);
    const types = await stack.db.execute<{ content_type: string }>(
      sql`select content_type from attachments where id in (${photo.body.id}, ${picture.body.id}) order by file_name`,
    );
    expect(types.map((row) => row.content_type)).toEqual(['image/png', 'image/jpeg']);
  });

  it('tells browsers not to guess the type of what it serves', async () => {
    const code = await fileDirect(stack.deps, { status: 2, receivedAt: new Date() });
    const documents = (
      await stack.ask(who.citizen(), 'query($code: ID!) { dossier(code: $code) { documents { url } } }', {
        code,
      })
    ).data?.dossier.documents;
    const form = await fetch(documents[0].url);
    expect(form.status).toBe(200);
    expect(form.headers.get('x-content-type-options')).toBe('nosniff');
    const refused = await fetch(`${stack.base}/dossiers/${code}/result`);
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('caps what an account holds in files not yet filed, and frees it when they are', async () => {
    const owner = who.citizen('citizen-quota');
    const first = await send(await link(owner), PDF(60 * 1024), 'application/pdf');
    expect(first.status).toBe(201);
    const over = await send(await link(owner), PDF(50 * 1024), 'application/pdf');
    expect(over.status).toBe(413);
    expect(over.body.error?.code).toBe('QUOTA_EXCEEDED');
    // Another account is not affected.
    expect(
      (await send(await link(who.citizen('citizen-other')), PDF(50 * 1024), 'application/pdf')).status,
    ).toBe(201);
    const code = await fileDirect(stack.deps, {
      ownerSub: 'citizen-quota',
      status: 5,
      statusBeforeSupplement: 1,
      supplementCount: 1,
      supplementRequestedAt: new Date(),
    });
    const supplemented = await stack.ask(
      owner,
      'mutation($code: ID!, $ids: [ID!]) { supplementDossier(code: $code, input: { attachmentIds: $ids }) { status } }',
      { code, ids: [first.body.id] },
    );
    expect(supplemented.errors).toBeUndefined();
    expect((await send(await link(owner), PDF(50 * 1024), 'application/pdf')).status).toBe(201);
    const [stored] = await stack.db.execute<{ n: number }>(
      sql`select count(*)::int as n from attachments where uploader_sub = 'citizen-quota'`,
    );
    expect(stored?.n).toBe(2);
  });

  it('removes files never attached to a dossier after a day, and only those', async () => {
    const owner = who.citizen('citizen-sweep');
    const old = (await send(await link(owner), PDF(), 'application/pdf')).body.id ?? '';
    const fresh = (await send(await link(owner), PDF(), 'application/pdf')).body.id ?? '';
    const kept = (await send(await link(owner), PDF(), 'application/pdf')).body.id ?? '';
    const code = await fileDirect(stack.deps, { ownerSub: 'citizen-sweep' });
    await stack.db.execute(sql`update attachments set dossier_code = ${code} where id = ${kept}`);
    await stack.db.execute(
      sql`update attachments set created_at = now() - interval '25 hours' where id in (${old}, ${kept})`,
    );
    const removed = await sweepUnattachedFiles(stack.db, folder, stack.deps.now());
    expect(removed).toBe(1);
    const left = await stack.db.execute<{ id: string }>(
      sql`select id from attachments where id in (${old}, ${fresh}, ${kept}) order by id`,
    );
    expect(left.map((row) => row.id).sort()).toEqual([fresh, kept].sort());
    expect(existsSync(attachmentPath(folder, old))).toBe(false);
    expect(existsSync(attachmentPath(folder, fresh))).toBe(true);
    expect(existsSync(attachmentPath(folder, kept))).toBe(true);
  });
});
