import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierHistory } from '../src/db/schema';
import { pdfText } from './pdf-text';
import { fileDirect, startStack, who } from './support';

type Document = { kind: string; title: string; circular: string; url: string };

/**
 * Issue 18, finding 3: since 15/9/2025 the one-stop forms are those of Circular 03/2025/TT-VPCP (Phụ lục I: Mẫu 01
 * receipt, 02 supplement, 03 refusal, 04 apology and request to extend, 05 notice that processing is stopped, 06
 * control slip, 07 register; list published by thuviennhadat.vn); dossiers filed before keep Circular 01/2018.
 */
describe('the forms of the circular in force on the filing day', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.stop());

  const documentsOf = async (code: string): Promise<Document[]> => {
    const answer = await stack.ask(
      who.officer(),
      'query($code: ID!) { dossier(code: $code) { documents { kind title circular url } } }',
      { code },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.dossier.documents;
  };
  const textOf = async (document: Document | undefined) => {
    const response = await fetch(document?.url ?? '');
    expect(response.status).toBe(200);
    return pdfText(Buffer.from(await response.arrayBuffer()));
  };

  it('prints a 2019 dossier on the forms of Circular 01/2018, control slip Mẫu 05', async () => {
    const at = new Date('2019-05-06T02:00:00Z');
    const code = await fileDirect(stack.deps, { at, status: 2, receivedAt: at });
    const documents = await documentsOf(code);
    expect(documents.map(({ kind, circular }) => [kind, circular])).toEqual([
      ['MAU_01', 'Thông tư 01/2018/TT-VPCP'],
      ['MAU_05', 'Thông tư 01/2018/TT-VPCP'],
    ]);
    const slip = await textOf(documents.find((document) => document.kind === 'MAU_05'));
    expect(slip).toContain('Mẫu số 05 – Thông tư 01/2018/TT-VPCP');
    expect(slip).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(slip).not.toContain('03/2025');
  });

  it('prints a 2026 stopped dossier on the forms of Circular 03/2025: stop notice Mẫu 05, control slip Mẫu 06, in Vietnamese', async () => {
    const submitted = new Date('2026-03-02T02:00:00Z');
    const received = new Date('2026-03-02T03:00:00Z');
    const stopped = new Date('2026-03-03T04:00:00Z');
    const code = await fileDirect(stack.deps, {
      at: submitted,
      status: 8,
      receivedAt: received,
      closedAt: stopped,
    });
    await stack.db.insert(dossierHistory).values([
      {
        dossierCode: code,
        at: received,
        action: 'RECEIVE',
        fromStatus: 1,
        toStatus: 2,
        actorRole: 'OFFICER',
      },
      {
        dossierCode: code,
        at: stopped,
        action: 'STOP',
        fromStatus: 2,
        toStatus: 8,
        actorRole: 'OFFICER',
        actorSub: 'cb-30226',
        note: 'Hồ sơ trùng với hồ sơ đã nộp',
      },
    ]);
    const documents = await documentsOf(code);
    expect(documents.map(({ kind, title }) => [kind, title])).toEqual([
      ['MAU_01', 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ'],
      ['MAU_05', 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ'],
      ['MAU_06', 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ'],
    ]);
    const notice = await textOf(documents.find((document) => document.kind === 'MAU_05'));
    expect(notice).toContain('Mẫu số 05 – Thông tư 03/2025/TT-VPCP');
    expect(notice).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(notice).toContain('Hồ sơ trùng với hồ sơ đã nộp');
    const slip = await textOf(documents.find((document) => document.kind === 'MAU_06'));
    expect(slip).toContain('Mẫu số 06 – Thông tư 03/2025/TT-VPCP');
    expect(slip).toContain('tiếp nhận hồ sơ (công chức)');
    expect(slip).toContain('dừng xử lý (công chức cb-30226)');
    for (const code of ['SUBMIT', 'RECEIVE', 'STOP', 'OFFICER', 'CITIZEN']) expect(slip).not.toContain(code);
    expect(slip).not.toContain('01/2018');
    // A form the dossier does not have under its circular is not served.
    const missing = documents[0]?.url.replace('MAU_01', 'MAU_07') ?? '';
    expect((await fetch(missing)).status).toBe(404);
  });
});
