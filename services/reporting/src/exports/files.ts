import ExcelJS from 'exceljs';
import type { FieldRow06a, Figures06a, Report06a } from '../rules/report';

type Row = Omit<Figures06a, 'acceptance'>;

export type ReportView = 'BY_FIELD' | 'BY_UNIT';

const LEVEL_NAMES: Record<string, string> = {
  PROVINCE: 'Cấp tỉnh',
  DISTRICT: 'Cấp huyện',
  COMMUNE: 'Cấp xã',
};

/**
 * Columns of Biểu II.06a (Circular 01/2020/TT-VPCP) with their Vietnamese headings, in the order of the form: so
 * that each line reconciles, received (1) + transferred in = resolved (5) + transferred out + in progress (9), the
 * form's "đúng hạn" includes the withdrawn, stopped and refused-after-receipt dossiers, shown beside it.
 */
const COLUMNS: Array<[heading: string, value: (row: Row) => number | string | null]> = [
  ['Tổng số hồ sơ tiếp nhận', (row) => row.received.total],
  ['Tiếp nhận trực tuyến', (row) => row.received.online],
  ['Tiếp nhận trực tiếp, qua bưu chính', (row) => row.received.inPersonOrPost],
  ['Từ kỳ trước chuyển qua', (row) => row.received.carriedOver],
  ['Tổng số đã giải quyết', (row) => row.resolved.total],
  ['Giải quyết trước hạn', (row) => row.resolved.early],
  ['Giải quyết đúng hạn (gồm rút, dừng, từ chối)', (row) => row.resolved.onTime],
  ['Giải quyết quá hạn', (row) => row.resolved.late],
  ['Tổng số đang giải quyết', (row) => row.inProgress.total],
  ['Đang giải quyết trong hạn', (row) => row.inProgress.withinDeadline],
  ['Đang giải quyết quá hạn', (row) => row.inProgress.overdue],
  ['Trong số đã giải quyết: rút hồ sơ', (row) => row.withdrawn],
  ['Trong số đã giải quyết: dừng xử lý', (row) => row.stopped],
  ['Trong số đã giải quyết: từ chối sau tiếp nhận', (row) => row.refusedAfterReceipt],
  ['Nhận chuyển đến', (row) => row.transferredIn],
  ['Chuyển đi', (row) => row.transferredOut],
  ['Trả kết quả qua bưu chính công ích', (row) => row.returnedByPost],
  ['Tỷ lệ trực tuyến (%)', (row) => (row.onlineRate === null ? '' : Math.round(row.onlineRate * 1000) / 10)],
  ['Tỷ lệ đúng hạn (%)', (row) => (row.onTimeRate === null ? '' : Math.round(row.onTimeRate * 1000) / 10)],
];

/** What an export prints: the report, and the form's field rows when the view asks for them. */
export type ExportContent = { report: Report06a; view: ReportView; fields: FieldRow06a[] };

function rows({ report, view, fields }: ExportContent): Array<Array<string | number | null>> {
  const line = (first: string, second: string, figures: Row) => [
    first,
    second,
    ...COLUMNS.map(([, value]) => value(figures)),
  ];
  const total = line('', `Tổng cộng ${report.unit.name}`, report);
  if (view === 'BY_UNIT') {
    return [
      ['Mã đơn vị', 'Tên đơn vị', ...COLUMNS.map(([heading]) => heading)],
      ...report.byUnit.map((row) => line(row.unit.code, row.unit.name, row)),
      [report.unit.code, ...total.slice(1)],
    ];
  }
  return [
    ['Cấp', 'Lĩnh vực giải quyết', ...COLUMNS.map(([heading]) => heading)],
    ...fields.map((row) => line(LEVEL_NAMES[row.level] ?? row.level, row.field.name, row)),
    total,
  ];
}

export function fileName(report: Report06a, format: 'CSV' | 'XLSX', view: ReportView): string {
  const suffix = view === 'BY_UNIT' ? '-theo-don-vi' : '';
  return `bieu-06a-${report.unit.code}-${report.from}-${report.to}${suffix}.${format === 'CSV' ? 'csv' : 'xlsx'}`;
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** UTF-8 with a byte-order mark, so that Excel opens the Vietnamese headings correctly. */
export function reportCsv(content: ExportContent): Buffer {
  const body = rows(content)
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n');
  return Buffer.from(`\uFEFF${body}\r\n`, 'utf8');
}

export async function reportXlsx(content: ExportContent): Promise<Buffer> {
  const { report } = content;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Biểu 06a');
  sheet.addRow([`Biểu II.06a – Tình hình giải quyết hồ sơ TTHC – ${report.unit.name}`]);
  sheet.addRow([`Kỳ báo cáo: từ ngày ${report.from} đến ngày ${report.to}`]);
  const [header, ...body] = rows(content);
  const headerRow = sheet.addRow(header ?? []);
  headerRow.font = { bold: true };
  for (const row of body) sheet.addRow(row);
  sheet.getRow(sheet.rowCount).font = { bold: true };
  sheet.columns.forEach((column, index) => {
    column.width = index === 1 ? 28 : 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
