import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { type DossierRow, historyByCodes } from '../data/dossiers';
import type { DossiersDatabase } from '../db';

/** Circular 01/2018/TT-VPCP forms a dossier can print. */
export const FORM_KINDS = ['MAU_01', 'MAU_02', 'MAU_03', 'MAU_04', 'MAU_05'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const FORM_TITLES: Record<FormKind, string> = {
  MAU_01: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  MAU_02: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
  MAU_03: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
  MAU_04: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
  MAU_05: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
};

/** Which forms exist for a dossier in its present state. */
export function formsOf(dossier: DossierRow): FormKind[] {
  const kinds: FormKind[] = [];
  if (dossier.receivedAt) kinds.push('MAU_01');
  if (dossier.supplementCount > 0) kinds.push('MAU_02');
  if (dossier.status === 3) kinds.push('MAU_03');
  if (dossier.appointmentAt && dossier.dueAt && dossier.appointmentAt > dossier.dueAt) kinds.push('MAU_04');
  if (dossier.receivedAt) kinds.push('MAU_05');
  return kinds;
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

export async function renderDossierForm(
  db: DossiersDatabase,
  dossier: DossierRow,
  kind: FormKind,
): Promise<Buffer> {
  const history = (await historyByCodes(db, [dossier.code])).get(dossier.code) ?? [];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${FORM_TITLES[kind]} – ${dossier.code}` },
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
    .text(`Mẫu số ${kind.slice(4)} – Thông tư 01/2018/TT-VPCP`, { align: 'right' });
  doc.moveDown();
  doc.font('bold').fontSize(14).text(FORM_TITLES[kind], { align: 'center' });
  doc.font('regular').fontSize(11).text(`Mã hồ sơ: ${dossier.code}`, { align: 'center' });
  doc.moveDown();
  const line = (label: string, value: string) => {
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  };
  line('Người nộp hồ sơ', dossier.applicantName);
  line('Thủ tục', dossier.procedure.name);
  line('Hình thức nộp', CHANNEL_LABELS[dossier.channel]);
  line('Nộp lúc', vnTime(dossier.submittedAt));
  if (kind === 'MAU_01') {
    line('Tiếp nhận lúc', vnTime(dossier.receivedAt));
    line('Hẹn trả kết quả', vnTime(dossier.appointmentAt));
    line('Nhận kết quả', RETURN_LABELS[dossier.returnChannel]);
    line('Phí, lệ phí', `${dossier.procedure.feeVnd.toLocaleString('vi-VN')} đồng`);
    line('Mã tra cứu (PIN)', dossier.trackingPin);
    doc
      .moveDown()
      .text('Tra cứu tình trạng hồ sơ bằng mã hồ sơ và số định danh cá nhân hoặc mã tra cứu trên.');
  }
  if (kind === 'MAU_02') {
    doc.moveDown().text('Đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:');
    for (const [index, item] of (dossier.supplementItems ?? []).entries()) doc.text(`${index + 1}. ${item}`);
    doc.text('Thời gian bổ sung hồ sơ không tính vào thời hạn giải quyết.');
  }
  if (kind === 'MAU_03') {
    const refusal = history.find((entry) => entry.action === 'REFUSE');
    line('Lý do không tiếp nhận', refusal?.note ?? '—');
  }
  if (kind === 'MAU_04') {
    const apology = [...history].reverse().find((entry) => entry.action === 'APOLOGIZE');
    line('Hẹn trả ban đầu', vnTime(dossier.dueAt));
    line('Lý do chậm trễ', apology?.note ?? '—');
    line('Hẹn trả lại vào', vnTime(dossier.appointmentAt));
    doc.moveDown().text('Cơ quan giải quyết thành thật xin lỗi ông/bà vì sự chậm trễ này.');
  }
  if (kind === 'MAU_05') {
    doc.moveDown().font('bold').text('Quá trình giải quyết:').font('regular');
    for (const entry of history) {
      doc.text(
        `${vnTime(entry.at)} — ${entry.action} (${entry.actorRole}${entry.actorSub ? ` ${entry.actorSub}` : ''})${entry.note ? `: ${entry.note}` : ''}`,
      );
    }
  }
  doc.moveDown(2).text('NGƯỜI TIẾP NHẬN (ký, ghi rõ họ tên)', { align: 'right' });
  doc.end();
  return done;
}
