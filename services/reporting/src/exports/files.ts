import ExcelJS from 'exceljs';
import type { Figures06a, Report06a } from '../rules/report';

/** Columns of Biểu II.06a with their Vietnamese headings, in the order of the form. */
const COLUMNS: Array<[heading: string, value: (row: Figures06a) => number | string | null]> = [
  ['Tổng số hồ sơ tiếp nhận', (row) => row.received.total],
  ['Tiếp nhận trực tuyến', (row) => row.received.online],
  ['Tiếp nhận trực tiếp, qua bưu chính', (row) => row.received.inPersonOrPost],
  ['Từ kỳ trước chuyển qua', (row) => row.received.carriedOver],
  ['Tổng số đã giải quyết', (row) => row.resolved.total],
  ['Giải quyết trước hạn', (row) => row.resolved.early],
  ['Giải quyết đúng hạn', (row) => row.resolved.onTime],
  ['Giải quyết quá hạn', (row) => row.resolved.late],
  ['Tổng số đang giải quyết', (row) => row.inProgress.total],
  ['Đang giải quyết trong hạn', (row) => row.inProgress.withinDeadline],
  ['Đang giải quyết quá hạn', (row) => row.inProgress.overdue],
  ['Trả kết quả qua bưu chính công ích', (row) => row.returnedByPost],
  ['Rút hồ sơ', (row) => row.withdrawn],
  ['Dừng xử lý', (row) => row.stopped],
  ['Từ chối sau tiếp nhận', (row) => row.refusedAfterReceipt],
  ['Nhận chuyển đến', (row) => row.transferredIn],
  ['Chuyển đi', (row) => row.transferredOut],
  ['Tỷ lệ trực tuyến (%)', (row) => (row.onlineRate === null ? '' : Math.round(row.onlineRate * 1000) / 10)],
  ['Tỷ lệ đúng hạn (%)', (row) => (row.onTimeRate === null ? '' : Math.round(row.onTimeRate * 1000) / 10)],
];

function rows(report: Report06a): Array<Array<string | number | null>> {
  const header = ['Mã đơn vị', 'Tên đơn vị', ...COLUMNS.map(([heading]) => heading)];
  const line = (code: string, name: string, figures: Figures06a) => [
    code,
    name,
    ...COLUMNS.map(([, value]) => value(figures)),
  ];
  return [
    header,
    ...report.byUnit.map((row) => line(row.unit.code, row.unit.name, row)),
    line(report.unit.code, `Tổng cộng ${report.unit.name}`, report),
  ];
}

export function fileName(report: Report06a, format: 'CSV' | 'XLSX'): string {
  return `bieu-06a-${report.unit.code}-${report.from}-${report.to}.${format === 'CSV' ? 'csv' : 'xlsx'}`;
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** UTF-8 with a byte-order mark, so that Excel opens the Vietnamese headings correctly. */
export function reportCsv(report: Report06a): Buffer {
  const body = rows(report)
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n');
  return Buffer.from(`\uFEFF${body}\r\n`, 'utf8');
}

export async function reportXlsx(report: Report06a): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Biểu 06a');
  sheet.addRow([`Biểu II.06a – Tình hình giải quyết hồ sơ TTHC – ${report.unit.name}`]);
  sheet.addRow([`Kỳ báo cáo: từ ngày ${report.from} đến ngày ${report.to}`]);
  const [header, ...body] = rows(report);
  const headerRow = sheet.addRow(header ?? []);
  headerRow.font = { bold: true };
  for (const row of body) sheet.addRow(row);
  sheet.getRow(sheet.rowCount).font = { bold: true };
  sheet.columns.forEach((column, index) => {
    column.width = index === 1 ? 28 : 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
