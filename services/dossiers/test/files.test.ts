import { createHash } from 'node:crypto';
import { signIdentity } from '@dvc/identity';
import { TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text';
import { fileDirect, startStack, who } from './support';

describe('attachments and printable forms', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.stop());

  const upload = (url: string, content: Buffer, type: string, headers: Record<string, string> = {}) => {
    const form = new FormData();
    form.append('purpose', 'Giấy chứng sinh');
    form.append('file', new Blob([content], { type }), 'giay-chung-sinh.pdf');
    return fetch(url, { method: 'POST', body: form, headers });
  };

  it('stores an upload durably with its checksum, and refuses wrong types, big files and strangers', async () => {
    const ticket = await stack.ask(
      who.citizen(),
      'mutation { createUploadUrl { url maxBytes contentTypes } }',
    );
    const { url, maxBytes } = ticket.data?.createUploadUrl ?? {};
    expect(maxBytes).toBe(64 * 1024);
    const content = Buffer.from('%PDF-1.4 giấy chứng sinh');
    const response = await upload(url, content, 'application/pdf');
    expect(response.status).toBe(201);
    const stored = (await response.json()) as { id: string; sha256: string; sizeBytes: number };
    expect(stored.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(stored.sizeBytes).toBe(content.length);

    // A link stores one file: each further try takes a new one.
    const fresh = async () =>
      (await stack.ask(who.citizen(), 'mutation { createUploadUrl { url } }')).data?.createUploadUrl.url;
    expect((await upload(await fresh(), Buffer.from('MZ'), 'application/x-msdownload')).status).toBe(415);
    expect((await upload(await fresh(), Buffer.alloc(65 * 1024, 1), 'application/pdf')).status).toBe(413);
    expect((await upload(`${stack.base}/files`, content, 'application/pdf')).status).toBe(401);
    expect((await upload(`${url}x`, content, 'application/pdf')).status).toBe(401);
    const signed = await upload(
      `${stack.base}/files`,
      content,
      'image/png',
      signIdentity(who.officer(), TEST_IDENTITY_SECRET),
    );
    expect(signed.status).toBe(201);

    // Referenced by id when supplementing: only the uploader's own file, and only once.
    const code = await fileDirect(stack.deps, {
      status: 5,
      statusBeforeSupplement: 1,
      supplementCount: 1,
      supplementRequestedAt: new Date(),
    });
    const supplement = `mutation($code: ID!, $ids: [ID!]) { supplementDossier(code: $code, input: { attachmentIds: $ids }) { status attachments { fileName sha256 sizeBytes purpose } } }`;
    const stranger = await stack.ask(who.citizen('citizen-2'), supplement, { code, ids: [stored.id] });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const done = await stack.ask(who.citizen(), supplement, { code, ids: [stored.id] });
    expect(done.errors).toBeUndefined();
    expect(done.data?.supplementDossier.status).toBe('NEWLY_FILED');
    expect(done.data?.supplementDossier.attachments).toEqual([
      {
        fileName: 'giay-chung-sinh.pdf',
        sha256: stored.sha256,
        sizeBytes: content.length,
        purpose: 'Giấy chứng sinh',
      },
    ]);
  });

  it('prints the receipt (Mẫu 01) as a PDF whose text is correct Vietnamese', async () => {
    const due = new Date('2026-03-05T03:00:00Z');
    const code = await fileDirect(stack.deps, {
      status: 2,
      applicantName: 'Nguyễn Thị Hường',
      receivedAt: new Date('2026-03-02T03:00:00Z'),
      dueAt: due,
      appointmentAt: due,
    });
    const answer = await stack.ask(
      who.citizen(),
      'query($code: ID!) { dossier(code: $code) { documents { kind title url } } }',
      { code },
    );
    const receipt = answer.data?.dossier.documents.find((d: { kind: string }) => d.kind === 'MAU_01');
    expect(receipt.title).toBe('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    const response = await fetch(receipt.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Nguyễn Thị Hường');
    expect(text).toContain('Đăng ký khai sinh');
    expect(text).toContain('10 giờ 00 phút, ngày 05 tháng 03 năm 2026');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).not.toContain('�');
    // Another citizen's link for the same dossier does not exist; a forged one is refused.
    expect((await fetch(receipt.url.replace('ticket=', 'ticket=x'))).status).toBe(404);
  });
});
