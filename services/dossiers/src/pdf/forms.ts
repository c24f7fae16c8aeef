import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { type DossierRow, historyByCodes } from '../data/dossiers';
import type { DossiersDatabase } from '../db';
import { ACTION_LABELS } from '../rules/status';

/** The forms a dossier prints, by what they are for; their numbers and titles depend on the circular in force. */
export type FormPurpose = 'RECEIPT' | 'SUPPLEMENT' | 'REFUSAL' | 'APOLOGY' | 'STOP' | 'CONTROL';

type FormSet = {
  circular: string;
  /** First filing day the set applies to. */
  from: string;
  forms: Partial<Record<FormPurpose, { number: string; title: string }>>;
};

/**
 * Circular 01/2018/TT-VPCP (annex: Mẫu 01–06), for dossiers filed before 15/9/2025; Circular 03/2025/TT-VPCP
 * (guiding Decree 118/2025/NĐ-CP, Phụ lục I: Mẫu 01–07, list as published by thuviennhadat.vn, "Tải file word biểu
 * mẫu Thông tư 03/2025/TT-VPCP"), for dossiers filed from that day (BRIEF, "Updates to the rules"). The tracking
 * register (Mẫu 06 / 07) is a register of the desk, not a form of one dossier.
 */
const FORM_SETS: readonly FormSet[] = [
  {
    circular: 'Thông tư 03/2025/TT-VPCP',
    from: '2025-09-15',
    forms: {
      RECEIPT: { number: '01', title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' },
      SUPPLEMENT: { number: '02', title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ' },
      REFUSAL: { number: '03', title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ' },
      APOLOGY: { number: '04', title: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT' },
      STOP: { number: '05', title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ' },
      CONTROL: { number: '06', title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ' },
    },
  },
  {
    circular: 'Thông tư 01/2018/TT-VPCP',
    from: '0000-01-01',
    forms: {
      RECEIPT: { number: '01', title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' },
      SUPPLEMENT: { number: '02', title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ' },
      REFUSAL: { number: '03', title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ' },
      APOLOGY: { number: '04', title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ' },
      CONTROL: { number: '05', title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ' },
    },
  },
];

/** The set in force on the day the dossier was filed (Vietnam calendar day). */
export function formSetOf(dossier: Pick<DossierRow, 'submittedAt'>): FormSet {
  const day = new Date(dossier.submittedAt.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return FORM_SETS.find((set) => day >= set.from) as FormSet;
}

/** A printable form of one dossier: `kind` is its number in the circular in force (MAU_01 …). */
export type DossierForm = { kind: string; purpose: FormPurpose; title: string; circular: string };

const PURPOSE_ORDER: FormPurpose[] = ['RECEIPT', 'SUPPLEMENT', 'REFUSAL', 'APOLOGY', 'STOP', 'CONTROL'];

/** Which forms exist for a dossier in its present state, as its circular numbers them. */
export function formsOf(dossier: DossierRow): DossierForm[] {
  const set = formSetOf(dossier);
  const wanted = new Set<FormPurpose>();
  if (dossier.receivedAt) wanted.add('RECEIPT').add('CONTROL');
  if (dossier.supplementCount > 0) wanted.add('SUPPLEMENT');
  if (dossier.status === 3) wanted.add('REFUSAL');
  if (dossier.appointmentAt && dossier.dueAt && dossier.appointmentAt > dossier.dueAt) wanted.add('APOLOGY');
  if (dossier.status === 8) wanted.add('STOP');
  return PURPOSE_ORDER.flatMap((purpose) => {
    const form = set.forms[purpose];
    if (!wanted.has(purpose) || !form) return [];
    return [{ kind: `MAU_${form.number}`, purpose, title: form.title, circular: set.circular }];
  });
}

// DejaVu covers every Vietnamese letter with its stacked diacritics; PDF's built-in fonts do not.
const fontFolder = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
export const REGULAR = join(fontFolder, 'DejaVuSans.ttf');
export const BOLD = join(fontFolder, 'DejaVuSans-Bold.ttf');

export const vnTime = (moment: Date | null) => {
  if (!moment) return '—';
  const local = new Date(moment.getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCHours())} giờ ${pad(local.getUTCMinutes())} phút, ngày ${pad(local.getUTCDate())} tháng ${pad(local.getUTCMonth() + 1)} năm ${local.getUTCFullYear()}`;
};

const RETURN_LABELS = {
  DESK: 'Tại bộ phận Một cửa',
  POST: 'Qua dịch vụ bưu chính công ích',
  ONLINE: 'Trực tuyến',
};
const CHANNEL_LABELS = { IN_PERSON: 'Trực tiếp', ONLINE: 'Trực tuyến', POST: 'Qua bưu chính' };

const ROLE_LABELS: Record<string, string> = {
  CITIZEN: 'công dân',
  VOLUNTEER: 'tình nguyện viên',
  OFFICER: 'công chức',
  LEADER: 'lãnh đạo',
  ADMIN: 'quản trị',
  SYSTEM: 'hệ thống',
  SERVICE: 'hệ thống',
  POSTAL: 'bưu chính',
};

/** A step of the control slip in Vietnamese: the form is read by officers and applicants, not by developers. */
function stepLabel(action: string): string {
  return (ACTION_LABELS as Record<string, string>)[action] ?? 'xử lý hồ sơ';
}

export async function renderDossierForm(
  db: DossiersDatabase,
  dossier: DossierRow,
  form: DossierForm,
): Promise<Buffer> {
  const history = (await historyByCodes(db, [dossier.code])).get(dossier.code) ?? [];
  // Every one-stop form of both circulars is an A4 page.
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${form.title} – ${dossier.code}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);

  doc.font('bold').fontSize(11).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center' });
  doc.text('Độc lập - Tự do - Hạnh phúc', { align: 'center' });
  doc.moveDown();
  doc
    .font('regular')
    .fontSize(9)
    .text(`Mẫu số ${form.kind.slice(4)} – ${form.circular}`, { align: 'right' });
  doc.moveDown();
  doc.font('bold').fontSize(14).text(form.title, { align: 'center' });
  doc.font('regular').fontSize(11).text(`Mã hồ sơ: ${dossier.code}`, { align: 'center' });
  doc.moveDown();
  const line = (label: string, value: string) => {
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  };
  line('Người nộp hồ sơ', dossier.applicantName);
  line('Thủ tục', dossier.procedure.name);
  line('Hình thức nộp', CHANNEL_LABELS[dossier.channel]);
  line('Nộp lúc', vnTime(dossier.submittedAt));
  if (form.purpose === 'RECEIPT') {
    line('Tiếp nhận lúc', vnTime(dossier.receivedAt));
    line('Hẹn trả kết quả', vnTime(dossier.appointmentAt));
    line('Nhận kết quả', RETURN_LABELS[dossier.returnChannel]);
    line('Phí, lệ phí', `${dossier.procedure.feeVnd.toLocaleString('vi-VN')} đồng`);
    line('Mã tra cứu (PIN)', dossier.trackingPin);
    doc
      .moveDown()
      .text('Tra cứu tình trạng hồ sơ bằng mã hồ sơ và số định danh cá nhân hoặc mã tra cứu trên.');
  }
  if (form.purpose === 'SUPPLEMENT') {
    doc.moveDown().text('Đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:');
    for (const [index, item] of (dossier.supplementItems ?? []).entries()) doc.text(`${index + 1}. ${item}`);
    doc.text('Thời gian bổ sung hồ sơ không tính vào thời hạn giải quyết.');
  }
  if (form.purpose === 'REFUSAL') {
    const refusal = history.find((entry) => entry.action === 'REFUSE');
    line('Lý do không tiếp nhận', refusal?.note ?? '—');
  }
  if (form.purpose === 'APOLOGY') {
    const apology = [...history].reverse().find((entry) => entry.action === 'APOLOGIZE');
    line('Hẹn trả ban đầu', vnTime(dossier.dueAt));
    line('Lý do chậm trễ', apology?.note ?? '—');
    line('Hẹn trả lại vào', vnTime(dossier.appointmentAt));
    doc.moveDown().text('Cơ quan giải quyết thành thật xin lỗi ông/bà vì sự chậm trễ này.');
  }
  if (form.purpose === 'STOP') {
    const stop = [...history].reverse().find((entry) => entry.action === 'STOP');
    line('Dừng giải quyết lúc', vnTime(stop?.at ?? dossier.closedAt));
    line('Lý do dừng giải quyết', stop?.note ?? '—');
    doc.moveDown().text('Cơ quan giải quyết thông báo để ông/bà được biết.');
  }
  if (form.purpose === 'CONTROL') {
    doc.moveDown().font('bold').text('Quá trình giải quyết:').font('regular');
    for (const entry of history) {
      const who = ROLE_LABELS[entry.actorRole] ?? 'người xử lý';
      doc.text(
        `${vnTime(entry.at)} — ${stepLabel(entry.action)} (${who}${entry.actorSub ? ` ${entry.actorSub}` : ''})${entry.note ? `: ${entry.note}` : ''}`,
      );
    }
  }
  doc.moveDown(2).text('NGƯỜI TIẾP NHẬN (ký, ghi rõ họ tên)', { align: 'right' });
  doc.end();
  return done;
}
