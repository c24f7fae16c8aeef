import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { AttachmentRow, DossierRow } from '../data/dossiers';
import type { IssuedRow, PaymentRow } from '../data/payments';
import { BOLD, REGULAR, vnTime } from './forms';

export const ISSUED_TITLES = {
  RECEIPT: 'BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ',
  RESULT: 'PHIẾU XÁC THỰC KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
} as const;

/**
 * The electronic receipt of a payment, or the verification slip of an electronic result: both carry the QR code
 * and the short code anyone can check on the public verification page.
 */
export async function renderIssuedDocument(
  dossier: DossierRow,
  issued: IssuedRow,
  verifyUrl: string,
  certified: { payment: PaymentRow | null; file: AttachmentRow | null },
): Promise<Buffer> {
  const link = `${verifyUrl}${encodeURIComponent(issued.verificationCode)}`;
  const qr = await QRCode.toBuffer(link, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 200 });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${ISSUED_TITLES[issued.kind]} – ${dossier.code}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  doc.font('bold').fontSize(11).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center' });
  doc.text('Độc lập - Tự do - Hạnh phúc', { align: 'center' });
  doc.moveDown();
  doc.font('bold').fontSize(14).text(ISSUED_TITLES[issued.kind], { align: 'center' });
  doc.font('regular').fontSize(11).text(`Mã hồ sơ: ${dossier.code}`, { align: 'center' });
  doc.moveDown();
  const line = (label: string, value: string) => {
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  };
  line('Thủ tục', issued.procedureName);
  line('Cơ quan giải quyết', issued.unitCode);
  line('Người nộp', dossier.applicantName);
  if (certified.payment) {
    line('Số tiền', `${certified.payment.amountVnd.toLocaleString('vi-VN')} đồng`);
    line('Nội dung', `Phí, lệ phí giải quyết hồ sơ ${dossier.code}`);
    line('Hình thức thanh toán', 'Trực tuyến qua cổng thanh toán');
    line('Mã giao dịch', certified.payment.providerTransactionId ?? '—');
    line('Thanh toán lúc', vnTime(certified.payment.settledAt));
  }
  if (certified.file) {
    line('Kết quả', dossier.resultSummary ?? '—');
    line('Tệp kết quả', certified.file.fileName);
    line('Mã băm SHA-256 của tệp', certified.file.sha256);
  }
  line('Ngày cấp', vnTime(issued.issuedAt));
  doc.moveDown();
  doc.image(qr, { width: 120 });
  doc.moveDown(0.5);
  doc.font('bold').text(`Mã xác thực: ${issued.verificationCode}`);
  doc
    .font('regular')
    .fontSize(9)
    .text(
      `Quét mã QR hoặc nhập mã xác thực tại ${verifyUrl.replace(/[?=][^?]*$/, '')} để kiểm tra giấy tờ này.`,
    );
  doc.end();
  return done;
}
