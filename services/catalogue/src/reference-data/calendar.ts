/**
 * Working-day calendar data for Vietnam, 2019–2026.
 *
 * Rules behind the data:
 * - 2019–2020: Bộ luật Lao động 2012, Điều 115 (Tết Dương lịch 1 ngày, Tết Âm lịch 5 ngày,
 *   Giỗ Tổ Hùng Vương 10/3 âm lịch 1 ngày, 30/4 1 ngày, 1/5 1 ngày, Quốc khánh 2/9 1 ngày).
 * - From 2021: Bộ luật Lao động 2019, Điều 112 (same list, Quốc khánh becomes 2 days: 2/9 plus one
 *   day immediately before or after, chosen by the Prime Minister each year).
 * - A holiday that falls on the weekly rest day is compensated on the next working day
 *   (Điều 112 khoản 3 BLLĐ 2019; Nghị định 145/2020/NĐ-CP). Those compensation days are listed.
 * - Every year the labour ministry (Bộ LĐTBXH; from 3/2025 Bộ Nội vụ) publishes the Prime
 *   Minister's decision on Tết and Quốc khánh days and any day swaps for civil servants
 *   (hoán đổi ngày làm việc + ngày làm bù, usually a Saturday).
 *
 * Lunar dates (Tết Nguyên đán = 1/1 âm lịch, Giỗ Tổ = 10/3 âm lịch) were computed with the
 * Vietnamese lunar calendar algorithm (UTC+7) and agree with the published dates.
 *
 * Weekend dates inside a break are listed too (the code treats weekends as off anyway).
 * A `daysOff` date may fall in the previous calendar year when it belongs to that year's
 * announced swap (2019: 31/12/2018).
 */

export interface CalendarDayOff {
  /** ISO date, YYYY-MM-DD */
  date: string;
  name: string;
}

export interface CalendarMakeUpDay {
  /** ISO date of the Saturday (or other day) that becomes a working day */
  date: string;
  /** ISO date of the working day it replaces */
  replaces: string;
  name: string;
}

export interface CalendarYear {
  year: number;
  /** Official notice or Labour Code article the year's data is based on */
  source: string;
  daysOff: CalendarDayOff[];
  makeUpWorkingDays: CalendarMakeUpDay[];
  confirmed: boolean;
  note?: string;
}

const TET_DL = 'Tết Dương lịch';
const TET = 'Tết Nguyên đán';
const GIO_TO = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const GP = 'Ngày Chiến thắng (30/4)';
const QTLD = 'Ngày Quốc tế Lao động (1/5)';
const QK = 'Quốc khánh (2/9)';
const QK_EXTRA = 'Quốc khánh – ngày nghỉ liền kề 2/9 (Điều 112 BLLĐ 2019)';
const BU = ' – nghỉ bù vì ngày lễ trùng ngày nghỉ hằng tuần';
const SWAP = ' – nghỉ do hoán đổi ngày làm việc (làm bù vào ngày khác)';

export const CALENDAR: CalendarYear[] = [
  {
    year: 2019,
    source:
      'Điều 115 Bộ luật Lao động 2012; thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2019 (số hiệu thông báo chưa xác minh)',
    daysOff: [
      { date: '2018-12-31', name: TET_DL + SWAP },
      { date: '2019-01-01', name: TET_DL },
      { date: '2019-02-02', name: `${TET} (28 tháng Chạp, thứ Bảy)` },
      { date: '2019-02-03', name: `${TET} (29 tháng Chạp, Chủ nhật)` },
      { date: '2019-02-04', name: `${TET} (30 tháng Chạp)` },
      { date: '2019-02-05', name: `${TET} (mùng 1)` },
      { date: '2019-02-06', name: `${TET} (mùng 2)` },
      { date: '2019-02-07', name: `${TET} (mùng 3)` },
      { date: '2019-02-08', name: `${TET} (mùng 4)` },
      { date: '2019-02-09', name: `${TET} (mùng 5, thứ Bảy)` },
      { date: '2019-02-10', name: `${TET} (mùng 6, Chủ nhật)` },
      { date: '2019-04-14', name: `${GIO_TO} (Chủ nhật)` },
      { date: '2019-04-15', name: GIO_TO + BU },
      { date: '2019-04-29', name: GP + SWAP },
      { date: '2019-04-30', name: GP },
      { date: '2019-05-01', name: QTLD },
      { date: '2019-09-02', name: QK },
    ],
    makeUpWorkingDays: [
      {
        date: '2019-01-05',
        replaces: '2018-12-31',
        name: 'Làm bù cho ngày nghỉ 31/12/2018 (Tết Dương lịch)',
      },
      { date: '2019-05-04', replaces: '2019-04-29', name: 'Làm bù cho ngày nghỉ 29/4/2019' },
    ],
    confirmed: false,
    note: 'Dates recalled, not checked against the notice text: swap 31/12/2018 ↔ Saturday 5/1/2019 and 29/4 ↔ Saturday 4/5/2019; Tết 2/2–10/2/2019 (9 days). Notice number unverified.',
  },
  {
    year: 2020,
    source:
      'Điều 115 Bộ luật Lao động 2012; thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2020 (số hiệu thông báo chưa xác minh)',
    daysOff: [
      { date: '2020-01-01', name: TET_DL },
      { date: '2020-01-23', name: `${TET} (29 tháng Chạp)` },
      { date: '2020-01-24', name: `${TET} (30 tháng Chạp)` },
      { date: '2020-01-25', name: `${TET} (mùng 1, thứ Bảy)` },
      { date: '2020-01-26', name: `${TET} (mùng 2, Chủ nhật)` },
      { date: '2020-01-27', name: `${TET} (mùng 3)` },
      { date: '2020-01-28', name: `${TET} (mùng 4)` },
      { date: '2020-01-29', name: `${TET} (mùng 5)` },
      { date: '2020-04-02', name: GIO_TO },
      { date: '2020-04-30', name: GP },
      { date: '2020-05-01', name: QTLD },
      { date: '2020-09-02', name: QK },
    ],
    makeUpWorkingDays: [],
    confirmed: false,
    note: 'Tết 23/1–29/1/2020 (7 days, 5 working days) recalled from the announcement; no swaps known. Notice number unverified.',
  },
  {
    year: 2021,
    source:
      'Điều 112 Bộ luật Lao động 2019; Nghị định 145/2020/NĐ-CP; thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2021 (số hiệu thông báo chưa xác minh)',
    daysOff: [
      { date: '2021-01-01', name: TET_DL },
      { date: '2021-02-10', name: `${TET} (29 tháng Chạp)` },
      { date: '2021-02-11', name: `${TET} (30 tháng Chạp – giao thừa)` },
      { date: '2021-02-12', name: `${TET} (mùng 1)` },
      { date: '2021-02-13', name: `${TET} (mùng 2, thứ Bảy)` },
      { date: '2021-02-14', name: `${TET} (mùng 3, Chủ nhật)` },
      { date: '2021-02-15', name: `${TET} (mùng 4)` },
      { date: '2021-02-16', name: `${TET} (mùng 5)` },
      { date: '2021-04-21', name: GIO_TO },
      { date: '2021-04-30', name: GP },
      { date: '2021-05-01', name: `${QTLD} (thứ Bảy)` },
      { date: '2021-05-03', name: QTLD + BU },
      { date: '2021-09-02', name: QK },
      { date: '2021-09-03', name: QK_EXTRA },
    ],
    makeUpWorkingDays: [],
    confirmed: false,
    note: 'First year of the 2-day Quốc khánh (2/9 + 3/9/2021). Tết 10/2–16/2/2021 recalled. Notice number unverified.',
  },
  {
    year: 2022,
    source:
      'Điều 112 Bộ luật Lao động 2019; Nghị định 145/2020/NĐ-CP; thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2022 (số hiệu thông báo chưa xác minh)',
    daysOff: [
      { date: '2022-01-01', name: `${TET_DL} (thứ Bảy)` },
      { date: '2022-01-03', name: TET_DL + BU },
      { date: '2022-01-29', name: `${TET} (27 tháng Chạp, thứ Bảy)` },
      { date: '2022-01-30', name: `${TET} (28 tháng Chạp, Chủ nhật)` },
      { date: '2022-01-31', name: `${TET} (29 tháng Chạp – giao thừa)` },
      { date: '2022-02-01', name: `${TET} (mùng 1)` },
      { date: '2022-02-02', name: `${TET} (mùng 2)` },
      { date: '2022-02-03', name: `${TET} (mùng 3)` },
      { date: '2022-02-04', name: `${TET} (mùng 4)` },
      { date: '2022-02-05', name: `${TET} (mùng 5, thứ Bảy)` },
      { date: '2022-02-06', name: `${TET} (mùng 6, Chủ nhật)` },
      { date: '2022-04-10', name: `${GIO_TO} (Chủ nhật)` },
      { date: '2022-04-11', name: GIO_TO + BU },
      { date: '2022-04-30', name: `${GP} (thứ Bảy)` },
      { date: '2022-05-01', name: `${QTLD} (Chủ nhật)` },
      { date: '2022-05-02', name: GP + BU },
      { date: '2022-05-03', name: QTLD + BU },
      { date: '2022-09-01', name: QK_EXTRA },
      { date: '2022-09-02', name: QK },
    ],
    makeUpWorkingDays: [],
    confirmed: false,
    note: 'Tết 29/1–6/2/2022 (9 days) and Quốc khánh 1/9–2/9/2022 recalled; no swaps known. Notice number unverified.',
  },
  {
    year: 2023,
    source:
      'Điều 112 Bộ luật Lao động 2019; Nghị định 145/2020/NĐ-CP; thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2023 (số hiệu thông báo chưa xác minh)',
    daysOff: [
      { date: '2023-01-01', name: `${TET_DL} (Chủ nhật)` },
      { date: '2023-01-02', name: TET_DL + BU },
      { date: '2023-01-20', name: `${TET} (29 tháng Chạp)` },
      { date: '2023-01-21', name: `${TET} (30 tháng Chạp – giao thừa, thứ Bảy)` },
      { date: '2023-01-22', name: `${TET} (mùng 1, Chủ nhật)` },
      { date: '2023-01-23', name: `${TET} (mùng 2)` },
      { date: '2023-01-24', name: `${TET} (mùng 3)` },
      { date: '2023-01-25', name: `${TET} (mùng 4)` },
      { date: '2023-01-26', name: `${TET} (mùng 5)` },
      { date: '2023-04-29', name: `${GIO_TO} (thứ Bảy)` },
      { date: '2023-04-30', name: `${GP} (Chủ nhật)` },
      { date: '2023-05-01', name: QTLD },
      { date: '2023-05-02', name: GIO_TO + BU },
      { date: '2023-05-03', name: GP + BU },
      { date: '2023-09-01', name: QK_EXTRA },
      { date: '2023-09-02', name: `${QK} (thứ Bảy)` },
      { date: '2023-09-04', name: QK + BU },
    ],
    makeUpWorkingDays: [],
    confirmed: false,
    note: 'Tết 20/1–26/1/2023; Giỗ Tổ + 30/4 + 1/5 gave 29/4–3/5/2023; Quốc khánh 1/9–4/9/2023 — recalled. Notice number unverified.',
  },
  {
    year: 2024,
    source:
      'Điều 112 Bộ luật Lao động 2019; Nghị định 145/2020/NĐ-CP; thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024 (số hiệu thông báo chưa xác minh); văn bản đồng ý hoán đổi ngày làm việc dịp 30/4–1/5/2024',
    daysOff: [
      { date: '2024-01-01', name: TET_DL },
      { date: '2024-02-08', name: `${TET} (29 tháng Chạp)` },
      { date: '2024-02-09', name: `${TET} (30 tháng Chạp – giao thừa)` },
      { date: '2024-02-10', name: `${TET} (mùng 1, thứ Bảy)` },
      { date: '2024-02-11', name: `${TET} (mùng 2, Chủ nhật)` },
      { date: '2024-02-12', name: `${TET} (mùng 3)` },
      { date: '2024-02-13', name: `${TET} (mùng 4)` },
      { date: '2024-02-14', name: `${TET} (mùng 5)` },
      { date: '2024-04-18', name: GIO_TO },
      { date: '2024-04-29', name: GP + SWAP },
      { date: '2024-04-30', name: GP },
      { date: '2024-05-01', name: QTLD },
      { date: '2024-09-02', name: QK },
      { date: '2024-09-03', name: QK_EXTRA },
    ],
    makeUpWorkingDays: [
      { date: '2024-05-04', replaces: '2024-04-29', name: 'Làm bù cho ngày nghỉ 29/4/2024' },
    ],
    confirmed: false,
    note: 'Tết 8/2–14/2/2024; swap 29/4 ↔ Saturday 4/5/2024; Quốc khánh 31/8–3/9/2024 — recalled with good confidence, notice number unverified.',
  },
  {
    year: 2025,
    source:
      'Điều 112 Bộ luật Lao động 2019; Thông báo 6150/TB-LĐTBXH (11/2024) về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2025; văn bản của Bộ Nội vụ về hoán đổi ngày làm việc dịp 30/4–1/5/2025',
    daysOff: [
      { date: '2025-01-01', name: TET_DL },
      { date: '2025-01-25', name: `${TET} (26 tháng Chạp, thứ Bảy)` },
      { date: '2025-01-26', name: `${TET} (27 tháng Chạp, Chủ nhật)` },
      { date: '2025-01-27', name: `${TET} (28 tháng Chạp)` },
      { date: '2025-01-28', name: `${TET} (29 tháng Chạp – giao thừa)` },
      { date: '2025-01-29', name: `${TET} (mùng 1)` },
      { date: '2025-01-30', name: `${TET} (mùng 2)` },
      { date: '2025-01-31', name: `${TET} (mùng 3)` },
      { date: '2025-02-01', name: `${TET} (mùng 4, thứ Bảy)` },
      { date: '2025-02-02', name: `${TET} (mùng 5, Chủ nhật)` },
      { date: '2025-04-07', name: GIO_TO },
      { date: '2025-04-30', name: GP },
      { date: '2025-05-01', name: QTLD },
      { date: '2025-05-02', name: QTLD + SWAP },
      { date: '2025-09-01', name: QK_EXTRA },
      { date: '2025-09-02', name: QK },
    ],
    makeUpWorkingDays: [
      { date: '2025-04-26', replaces: '2025-05-02', name: 'Làm bù cho ngày nghỉ 2/5/2025' },
    ],
    confirmed: false,
    note: 'Tết 25/1–2/2/2025 (9 days) and Quốc khánh 30/8–2/9/2025 are well known. The 2/5/2025 ↔ Saturday 26/4/2025 swap is recalled with medium confidence. Notice number 6150/TB-LĐTBXH recalled, not verified. No extra one-off day for the 50th anniversary of 30/4 or the 80th anniversary of 2/9 is known to this dataset.',
  },
  {
    year: 2026,
    source:
      'Điều 112 Bộ luật Lao động 2019; thông báo của Bộ Nội vụ về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026 (chưa xác minh); Ngày Văn hóa Việt Nam 24/11 theo nghị quyết năm 2025 (chưa xác minh)',
    daysOff: [
      { date: '2026-01-01', name: TET_DL },
      { date: '2026-02-14', name: `${TET} (27 tháng Chạp, thứ Bảy)` },
      { date: '2026-02-15', name: `${TET} (28 tháng Chạp, Chủ nhật)` },
      { date: '2026-02-16', name: `${TET} (29 tháng Chạp – giao thừa)` },
      { date: '2026-02-17', name: `${TET} (mùng 1)` },
      { date: '2026-02-18', name: `${TET} (mùng 2)` },
      { date: '2026-02-19', name: `${TET} (mùng 3)` },
      { date: '2026-02-20', name: `${TET} (mùng 4)` },
      { date: '2026-02-21', name: `${TET} (mùng 5, thứ Bảy)` },
      { date: '2026-02-22', name: `${TET} (mùng 6, Chủ nhật)` },
      { date: '2026-04-26', name: `${GIO_TO} (Chủ nhật)` },
      { date: '2026-04-27', name: GIO_TO + BU },
      { date: '2026-04-30', name: GP },
      { date: '2026-05-01', name: QTLD },
      { date: '2026-09-01', name: `${QK_EXTRA} (ngày liền kề được chọn: chưa xác minh)` },
      { date: '2026-09-02', name: QK },
      { date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam (24/11) – nghỉ hưởng nguyên lương (chưa xác minh)' },
    ],
    makeUpWorkingDays: [],
    confirmed: false,
    note: 'Statutory holidays and the Tết break 14/2–22/2/2026 (9 days, 5 working days) are best knowledge. UNSURE: (1) whether a bridge day/swap was announced for Tết Dương lịch 2026 (e.g. Friday 2/1 swapped with a Saturday) — none is listed; (2) which day accompanies 2/9/2026 (Wednesday): 1/9 (Tuesday) is a guess, 3/9 is equally possible; (3) 24/11 Ngày Văn hóa Việt Nam as a paid day off from 2026 follows a 2025 decision of the National Assembly as recalled — verify the instrument before relying on it; (4) any 2026 swap (ngày làm bù).',
  },
];

/** Convenience index by year. */
export const CALENDAR_BY_YEAR: Readonly<Record<number, CalendarYear>> = Object.fromEntries(
  CALENDAR.map((y) => [y.year, y]),
);
