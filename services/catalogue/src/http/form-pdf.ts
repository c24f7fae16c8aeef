import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { FormRow } from '../data/forms';

const require = createRequire(import.meta.url);
// Type 1 core fonts of PDF have no Vietnamese letters; DejaVu covers every one of them.
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const ITALIC = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf');

export type FormValues = Record<string, string | number | boolean>;

const BLANK = '.'.repeat(60);

function shownValue(field: FormRow['fields'][number], value: FormValues[string] | undefined): string {
  if (value === undefined || value === '') return BLANK;
  if (field.type === 'CHECKBOX') return value === true || value === 'true' ? '☒ Có' : '☐ Không';
  if (field.type === 'SELECT') {
    return (field.options ?? [])
      .map((option) => `${option.value === String(value) ? '☒' : '☐'} ${option.label}`)
      .join('    ');
  }
  if (field.type === 'DATE' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-');
    return `${day}/${month}/${year}`;
  }
  return String(value);
}

/** The form as a printable A4 PDF: the national motto, the title, each field with its value or a line to fill. */
export function renderFormPdf(form: FormRow, values: FormValues = {}): Promise<Buffer> {
  const document = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 50, left: 60, right: 60 },
    info: { Title: form.name, Subject: form.legalSource, Creator: 'Dịch vụ công trực tuyến' },
  });
  document.registerFont('regular', REGULAR);
  document.registerFont('bold', BOLD);
  document.registerFont('italic', ITALIC);
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });

  document.font('bold').fontSize(11).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center' });
  document.font('bold').fontSize(11).text('Độc lập – Tự do – Hạnh phúc', { align: 'center' });
  document.moveDown(1.5);
  document.font('bold').fontSize(14).text(form.name.toUpperCase(), { align: 'center' });
  document.font('italic').fontSize(9).text(`(${form.legalSource})`, { align: 'center' });
  document.moveDown(1.5);
  for (const field of form.fields) {
    document
      .font('regular')
      .fontSize(11)
      .text(`${field.label}${field.required ? ' (*)' : ''}: `, { continued: true })
      .font(values[field.key] === undefined ? 'regular' : 'bold')
      .text(shownValue(field, values[field.key]));
    document.moveDown(0.4);
  }
  document.moveDown(1);
  document.font('italic').fontSize(9).text('(*) Thông tin bắt buộc.');
  document.moveDown(1);
  document
    .font('italic')
    .fontSize(11)
    .text('…………, ngày …… tháng …… năm ……', { align: 'right' })
    .font('bold')
    .text('NGƯỜI YÊU CẦU', { align: 'right' })
    .font('italic')
    .text('(Ký, ghi rõ họ, chữ đệm, tên)', { align: 'right' });
  document.end();
  return done;
}
