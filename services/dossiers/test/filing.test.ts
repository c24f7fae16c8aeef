import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Identity } from '@dvc/identity';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkingDuration } from '../src/db/schema';
import { loadDemoDossiers } from '../src/seed/demo-dossiers';
import { sampleFormData } from '../src/seed/sample-form';
import { BIRTH_CERTIFICATE, startStack, who } from './support';

const SUBMIT = `mutation($input: SubmitDossierInput!, $key: ID!) {
  submitDossier(input: $input, idempotencyKey: $key) {
    code status channel assistedBy procedure { code } unit { code } procedureVersion feeVnd returnChannel
    history { action toStatus actorRole }
  }
}`;

describe('filing through the subgraph, against the real catalogue', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let birthForm: Array<{ key: string; value: string }>;
  beforeAll(async () => {
    stack = await startStack();
    const procedure = await stack.deps.catalogue.procedure('1.001193');
    if (!procedure) throw new Error('catalogue has no 1.001193');
    birthForm = sampleFormData(procedure, {
      name: 'Nguyễn Văn An',
      idNumber: '087190000001',
      phone: '0912345678',
    });
  });
  afterAll(async () => stack?.stop());

  const input = (overrides: Record<string, unknown> = {}) => ({
    procedureCode: '1.001193',
    unitCode: '30226',
    applicant: { kind: 'PERSON', name: 'Nguyễn Văn An', idNumber: '087190000001' },
    formData: birthForm,
    contact: { phone: '0912345678', notifySms: true },
    returnChannel: 'DESK',
    ...overrides,
  });

  /** A birth certificate scan uploaded by the filer, mapped to its document. */
  const certificate = async (identity = who.citizen()) => ({
    documents: [{ name: BIRTH_CERTIFICATE, attachmentIds: [await stack.upload(identity)] }],
  });

  it('files online, snapshots the procedure, and answers a repeated key with the same dossier', async () => {
    const documents = await certificate();
    const first = await stack.ask(who.citizen(), SUBMIT, { input: input(documents), key: 'file-1' });
    expect(first.errors).toBeUndefined();
    const dossier = first.data?.submitDossier;
    expect(dossier).toMatchObject({
      status: 'NEWLY_FILED',
      channel: 'ONLINE',
      assistedBy: null,
      procedure: { code: '1.001193' },
      unit: { code: '30226' },
      returnChannel: 'DESK',
      history: [{ action: 'SUBMIT', toStatus: 'NEWLY_FILED', actorRole: 'CITIZEN' }],
    });
    expect(dossier.code).toMatch(/^000\.00\.\d+\.H20-\d{6}-\d{4}$/);
    const again = await stack.ask(who.citizen(), SUBMIT, { input: input(documents), key: 'file-1' });
    expect(again.data?.submitDossier.code).toBe(dossier.code);
    const changed = await stack.ask(who.citizen(), SUBMIT, {
      input: input({ ...documents, returnChannel: 'ONLINE' }),
      key: 'file-1',
    });
    expect(changed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Another citizen's identical key is another filing.
    const other = await stack.ask(who.citizen('citizen-2'), SUBMIT, {
      input: input(await certificate(who.citizen('citizen-2'))),
      key: 'file-1',
    });
    expect(other.data?.submitDossier.code).not.toBe(dossier.code);
  });

  it('fixes the appointment at receipt from the catalogue working-day calendar', async () => {
    const filed = await stack.ask(who.citizen(), SUBMIT, {
      input: input(await certificate()),
      key: 'file-2',
    });
    const code = filed.data?.submitDossier.code;
    const received = await stack.ask(
      who.officer(),
      'mutation($code: ID!) { receiveDossier(code: $code) { receivedAt appointmentDate deadline } }',
      { code },
    );
    expect(received.errors).toBeUndefined();
    const { receivedAt, appointmentDate, deadline } = received.data?.receiveDossier ?? {};
    const procedure = await stack.deps.catalogue.procedure('1.001193');
    const online = procedure?.methods.find((m) => m.method === 'ONLINE');
    if (!online?.duration) throw new Error('birth registration online has a duration');
    const expected = await stack.deps.catalogue.appointmentFor(new Date(receivedAt), online.duration);
    expect(appointmentDate).toBe(expected.toISOString());
    expect(deadline).toBe(expected.toISOString());
  });

  it('refuses bad filings with a clear message and creates nothing', async () => {
    const [before] = await stack.db.execute<{ n: number }>(sql`select count(*)::int as n from dossiers`);
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ formData: [] }, /Tờ khai chưa hợp lệ: .*là bắt buộc/],
      [{ formData: [...birthForm, { key: 'khongCo', value: 'x' }] }, /khongCo không có trong tờ khai/],
      [{ applicant: { kind: 'PERSON', name: 'An', idNumber: '12345' } }, /12 chữ số/],
      [
        { applicant: { kind: 'ORGANIZATION', name: 'Trường Tiểu học Tân Thành' } },
        /mã số thuế hoặc mã cơ quan/,
      ],
      [{ contact: { email: 'khong-hop-le' } }, /thư điện tử không hợp lệ/],
      [{ contact: null }, /số điện thoại hoặc thư điện tử/],
      [{ contact: { email: 'a@b.vn', notifySms: true } }, /SMS cần có số điện thoại/],
      [{ returnChannel: 'POST' }, /bưu chính cần tên người nhận/],
      [{ procedureCode: '9.999999' }, /Không có thủ tục/],
      [{ unitCode: '99999' }, /Không có đơn vị/],
      [{ attachmentIds: ['00000000-0000-0000-0000-000000000000'] }, /Không tìm thấy tệp đính kèm/],
    ];
    const documents = await certificate();
    for (const [overrides, message] of cases) {
      const answer = await stack.ask(who.citizen(), SUBMIT, {
        input: input({ ...documents, ...overrides }),
        key: `bad-${message.source}`,
      });
      expect(answer.errors?.[0]?.extensions?.code, message.source).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toMatch(message);
    }
    const [after] = await stack.db.execute<{ n: number }>(sql`select count(*)::int as n from dossiers`);
    expect(after?.n).toBe(before?.n);
  });

  it('requires the documents of the chosen cases, naming every missing one, and lets the desk check paper', async () => {
    const AUTHORISATION =
      'Văn bản ủy quyền có chứng thực (không cần chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền)';
    const [before] = await stack.db.execute<{ n: number }>(sql`select count(*)::int as n from dossiers`);
    const scan = await stack.upload(who.citizen());
    const refusals: Array<[Identity, Record<string, unknown>, RegExp]> = [
      [who.citizen(), {}, /^Hồ sơ còn thiếu 1 giấy tờ bắt buộc: Giấy chứng sinh/],
      [
        who.citizen(),
        { documents: [{ name: BIRTH_CERTIFICATE }] },
        /Vui lòng đính kèm tệp cho giấy tờ "Giấy chứng sinh/,
      ],
      [
        who.citizen(),
        { documents: [{ name: 'Sổ hộ khẩu', attachmentIds: [scan] }] },
        /"Sổ hộ khẩu" không thuộc thành phần hồ sơ/,
      ],
      [
        who.citizen(),
        { cases: ['Người nước ngoài'] },
        /không có trường hợp "Người nước ngoài"; các trường hợp: "Trẻ bị bỏ rơi"/,
      ],
      [
        who.citizen(),
        {
          documents: [
            { name: BIRTH_CERTIFICATE, attachmentIds: [scan] },
            {
              name: 'Biên bản xác nhận việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập',
              attachmentIds: [scan],
            },
          ],
        },
        /không thuộc thành phần hồ sơ .* trong trường hợp đã chọn/,
      ],
      [who.officer(), { channel: 'IN_PERSON', formData: [] }, /thiếu 1 giấy tờ bắt buộc: Giấy chứng sinh/],
    ];
    for (const [identity, overrides, message] of refusals) {
      const answer = await stack.ask(identity, SUBMIT, {
        input: input(overrides),
        key: `docs-${message.source}`,
      });
      expect(answer.errors?.[0]?.extensions?.code, message.source).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message, message.source).toMatch(message);
    }
    // Every missing document in one answer, in Vietnamese and in English.
    const both = await stack.ask(who.citizen(), SUBMIT, {
      input: input({ cases: ['Trường hợp ủy quyền'] }),
      key: 'docs-both',
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageVi: `Hồ sơ còn thiếu 2 giấy tờ bắt buộc: ${BIRTH_CERTIFICATE}; ${AUTHORISATION}`,
      messageEn: `2 required document(s) missing: ${BIRTH_CERTIFICATE}; ${AUTHORISATION}`,
      missingDocuments: [BIRTH_CERTIFICATE, AUTHORISATION],
    });
    const [after] = await stack.db.execute<{ n: number }>(sql`select count(*)::int as n from dossiers`);
    expect(after?.n).toBe(before?.n);

    const FIELDS = 'cases coveredDocuments { name attachmentIds checkedOnPaper } attachments { id purpose }';
    const mandate = await stack.upload(who.citizen(), 'uy-quyen.pdf');
    const online = await stack.ask(
      who.citizen(),
      `mutation($input: SubmitDossierInput!) { submitDossier(input: $input, idempotencyKey: "docs-ok") { ${FIELDS} } }`,
      {
        input: input({
          cases: ['Trường hợp ủy quyền'],
          documents: [
            { name: BIRTH_CERTIFICATE, attachmentIds: [scan] },
            { name: AUTHORISATION, attachmentIds: [mandate] },
          ],
        }),
      },
    );
    expect(online.errors).toBeUndefined();
    expect(online.data?.submitDossier).toMatchObject({
      cases: ['Trường hợp ủy quyền'],
      coveredDocuments: [
        { name: BIRTH_CERTIFICATE, attachmentIds: [scan], checkedOnPaper: false },
        { name: AUTHORISATION, attachmentIds: [mandate], checkedOnPaper: false },
      ],
    });
    expect(online.data?.submitDossier.attachments).toEqual(
      expect.arrayContaining([
        { id: scan, purpose: BIRTH_CERTIFICATE },
        { id: mandate, purpose: AUTHORISATION },
      ]),
    );
    const desk = await stack.ask(
      who.officer(),
      `mutation($input: SubmitDossierInput!) { submitDossier(input: $input, idempotencyKey: "docs-desk") { ${FIELDS} } }`,
      { input: input({ channel: 'IN_PERSON', formData: [], documents: [{ name: BIRTH_CERTIFICATE }] }) },
    );
    expect(desk.errors).toBeUndefined();
    expect(desk.data?.submitDossier.coveredDocuments).toEqual([
      { name: BIRTH_CERTIFICATE, attachmentIds: [], checkedOnPaper: true },
    ]);
  });

  it('records the assisting volunteer and the desk officer, and lists them in the unit queue', async () => {
    const assisted = await stack.ask(who.volunteer('30226', 'sv-nguyen'), SUBMIT, {
      input: input(await certificate(who.volunteer('30226', 'sv-nguyen'))),
      key: 'vol-1',
    });
    expect(assisted.data?.submitDossier).toMatchObject({ channel: 'ONLINE', assistedBy: 'sv-nguyen' });
    const desk = await stack.ask(who.officer(), SUBMIT, {
      input: input({
        channel: 'IN_PERSON',
        formData: [],
        documents: [{ name: BIRTH_CERTIFICATE }],
        applicant: {
          kind: 'ORGANIZATION',
          name: 'Trường THCS Tân Thành',
          organizationCode: '000.00.91.H20.001',
        },
      }),
      key: 'desk-1',
    });
    expect(desk.errors).toBeUndefined();
    expect(desk.data?.submitDossier).toMatchObject({ channel: 'IN_PERSON', assistedBy: null });
    const queue = await stack.ask(
      who.officer(),
      '{ dossiers(unitCode: "30226", filter: { assisted: true }) { nodes { code assistedBy } } }',
    );
    expect(queue.data?.dossiers.nodes).toEqual([
      { code: assisted.data?.submitDossier.code, assistedBy: 'sv-nguyen' },
    ]);
    const mine = await stack.ask(who.volunteer('30226', 'sv-nguyen'), '{ myDossiers { nodes { code } } }');
    expect(mine.data?.myDossiers.nodes).toEqual([{ code: assisted.data?.submitDossier.code }]);
  });

  it('gives 200 concurrent filings at one agency 200 distinct consecutive codes', async () => {
    // Copies of a civil-status extract need no upload: the burst is the filings alone.
    const copies = await stack.deps.catalogue.procedure('2.000635');
    if (!copies) throw new Error('catalogue has no 2.000635');
    const copyInput = input({
      procedureCode: '2.000635',
      formData: sampleFormData(copies, {
        name: 'Nguyễn Văn An',
        idNumber: '087190000001',
        phone: '0912345678',
      }),
    });
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        stack.ask(who.citizen(`burst-${index}`), SUBMIT, { input: copyInput, key: `burst-${index}` }),
      ),
    );
    expect(answers.filter((answer) => answer.errors)).toEqual([]);
    const sequence = answers
      .map((answer) => Number(answer.data?.submitDossier.code.split('-').at(-1)))
      .sort((a, b) => a - b);
    expect(new Set(sequence).size).toBe(200);
    expect((sequence.at(-1) ?? 0) - (sequence[0] ?? 0)).toBe(199);
    // What is checked is the numbering, not the speed: on a shared two-core machine 200 filings can take a minute.
  }, 120_000);

  it('loads the demonstration dossiers through the same rules, with catalogue appointments', async () => {
    const empty = await startStack();
    try {
      const folder = await mkdtemp(join(tmpdir(), 'demo-files-'));
      expect(await loadDemoDossiers(empty.db, 'demo', empty.deps.catalogue, folder)).toBe(8);
      expect(await loadDemoDossiers(empty.db, 'demo', empty.deps.catalogue, folder)).toBe(0);
      const rows = await empty.db.execute<{
        received_at: Date;
        due_at: Date;
        duration: WorkingDuration;
      }>(sql`select received_at, due_at, procedure->'duration' as duration from dossiers`);
      for (const row of rows) {
        expect(new Date(row.due_at).toISOString()).toBe(
          (
            await empty.deps.catalogue.appointmentFor(new Date(row.received_at), {
              ...row.duration,
              cutoff: row.duration.cutoff ?? null,
            })
          ).toISOString(),
        );
      }
    } finally {
      await empty.stop();
    }
  });
});
