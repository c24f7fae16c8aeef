/**
 * Administrative units as a versioned hierarchy: Lai Vung district (Đồng Tháp) before 1/7/2025
 * and the four communes that replaced it in the two-tier local government from 1/7/2025.
 *
 * IMPORTANT — GSO codes are REUSED across versions. The statistics office gave every new
 * commune the code of one of the old units merged into it, and gave the enlarged Đồng Tháp
 * province the code of the old Tiền Giang province (82). So `code` alone is NOT unique in
 * UNITS; a unit version is identified by (code, validFrom). Predecessor/successor links are
 * resolved by date: `successorCodes` point to versions valid from the day after this unit's
 * `validTo`; `predecessorCodes` point to versions whose `validTo` is the day before this
 * unit's `validFrom`. See REUSED_UNIT_CODES.
 *
 * Sources: GSO/NSO code list (Danh mục đơn vị hành chính Việt Nam, QĐ 124/2004/QĐ-TTg, as
 * amended) for the pre-2025 codes; the draft Quyết định of the Prime Minister on the
 * 2025 code list (published on chinhphu.vn, mirrored in the public `VietnamProvinces` data
 * set) and its old↔new conversion table for the 2025 codes and merges; Nghị quyết
 * 202/2025/QH15 (province merger) and the Standing Committee resolution on Đồng Tháp communes
 * (recalled as 1663/NQ-UBTVQH15 of 16/6/2025, unverified).
 */

export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

export interface UnitDesk {
  address: string;
  openingHours: string;
  phone: string | null;
}

export interface ReferenceUnit {
  /** GSO code (mã đơn vị hành chính). Not unique across versions — see header. */
  code: string;
  name: string;
  level: UnitLevel;
  /** e.g. 'Tỉnh', 'Huyện', 'Thành phố', 'Xã', 'Thị trấn' */
  kind: string;
  parentCode: string | null;
  /** QCVN 102:2016/BTTTT-style agency code used in dossier codes */
  agencyCode: string;
  /** ISO date */
  validFrom: string;
  /** ISO date (last valid day) or null while current */
  validTo: string | null;
  predecessorCodes: string[];
  successorCodes: string[];
  desk: UnitDesk;
  confirmed: boolean;
  note?: string;
}

/** The usual government office hours of a one-stop desk. */
export const STANDARD_OPENING_HOURS = 'Thứ Hai – Thứ Sáu: 07:00–11:30, 13:30–17:00';
const HOURS_SAT_UNKNOWN = `${STANDARD_OPENING_HOURS} (sáng thứ Bảy: chưa xác minh — một số bộ phận một cửa có làm việc)`;

/** Last day of the three-tier structure, first day of the two-tier structure. */
export const REORGANISATION_2025 = {
  lastDayOld: '2025-06-30',
  firstDayNew: '2025-07-01',
  legalBasis: [
    'Nghị quyết 202/2025/QH15 ngày 12/6/2025 về sắp xếp đơn vị hành chính cấp tỉnh',
    'Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã của tỉnh Đồng Tháp năm 2025 (số 1663/NQ-UBTVQH15 ngày 16/6/2025 — số hiệu chưa xác minh)',
    'Luật Tổ chức chính quyền địa phương 2025 (chính quyền địa phương hai cấp, hiệu lực 1/7/2025)',
  ],
} as const;

/**
 * Codes that identify two different units in different periods. Key = GSO code.
 */
export const REUSED_UNIT_CODES: Readonly<Record<string, { until20250630: string; from20250701: string }>> = {
  '82': {
    until20250630: 'Tỉnh Tiền Giang',
    from20250701: 'Tỉnh Đồng Tháp (mới, hợp nhất Đồng Tháp + Tiền Giang)',
  },
  '30208': { until20250630: 'Thị trấn Lai Vung', from20250701: 'Xã Hòa Long' },
  '30214': { until20250630: 'Xã Hòa Thành', from20250701: 'Xã Tân Dương' },
  '30226': { until20250630: 'Xã Tân Thành', from20250701: 'Xã Lai Vung' },
  '30235': { until20250630: 'Xã Tân Hòa', from20250701: 'Xã Phong Hòa' },
};

const OLD_FROM = '2019-01-01';
const OLD_TO = '2025-06-30';
const NEW_FROM = '2025-07-01';
const OLD_FROM_NOTE =
  'validFrom 2019-01-01 is the start of this data set, not the founding date (the unit existed earlier).';
const AGENCY_DERIVED =
  'agencyCode derived by us (province H20 for Đồng Tháp per QCVN 102:2016; district/commune parts follow GSO order) — replace with the code assigned by the province.';

function oldCommune(
  code: string,
  name: string,
  kind: 'Xã' | 'Thị trấn',
  order: number,
  successor: string,
  extraNote?: string,
): ReferenceUnit {
  const nn = String(order).padStart(2, '0');
  return {
    code,
    name,
    level: 'COMMUNE',
    kind,
    parentCode: '876',
    agencyCode: `000.${nn}.11.H20`,
    validFrom: OLD_FROM,
    validTo: OLD_TO,
    predecessorCodes: [],
    successorCodes: [successor],
    desk: {
      address: `Bộ phận Một cửa, trụ sở UBND ${kind.toLowerCase()} ${name.replace(/^(Xã|Thị trấn) /, '')}, huyện Lai Vung, tỉnh Đồng Tháp (địa chỉ chi tiết chưa xác minh)`,
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note: [
      'GSO code, name and merge target confirmed against the 2025 conversion table (nhập toàn bộ).',
      OLD_FROM_NOTE,
      AGENCY_DERIVED,
      'Desk address/phone not verified.',
      extraNote,
    ]
      .filter((s): s is string => typeof s === 'string')
      .join(' '),
  };
}

export const UNITS: ReferenceUnit[] = [
  // ---------------------------------------------------------------- provinces
  {
    code: '87',
    name: 'Tỉnh Đồng Tháp',
    level: 'PROVINCE',
    kind: 'Tỉnh',
    parentCode: null,
    agencyCode: '000.00.00.H20',
    validFrom: OLD_FROM,
    validTo: OLD_TO,
    predecessorCodes: [],
    successorCodes: ['82'],
    desk: {
      address:
        'Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp, TP Cao Lãnh (địa chỉ chi tiết chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: true,
    note:
      'Old Đồng Tháp (GSO 87, capital Cao Lãnh). H20 is the QCVN 102:2016 province code seen in Đồng Tháp one-door integrations. Merged with Tiền Giang on 1/7/2025; the enlarged province uses GSO code 82 (see the 82 entries). Desk details unverified. ' +
      OLD_FROM_NOTE,
  },
  {
    code: '82',
    name: 'Tỉnh Tiền Giang',
    level: 'PROVINCE',
    kind: 'Tỉnh',
    parentCode: null,
    agencyCode: '000.00.00.H58',
    validFrom: OLD_FROM,
    validTo: OLD_TO,
    predecessorCodes: [],
    successorCodes: ['82'],
    desk: {
      address:
        'Trung tâm Phục vụ hành chính công tỉnh Tiền Giang, TP Mỹ Tho (địa chỉ chi tiết chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note:
      'Context only (predecessor of the enlarged Đồng Tháp). GSO code 82 is certain; agencyCode H58 is derived from the alphabetical QCVN 102:2016 province order (could be H57) and is unverified. ' +
      OLD_FROM_NOTE,
  },
  {
    code: '82',
    name: 'Tỉnh Đồng Tháp',
    level: 'PROVINCE',
    kind: 'Tỉnh',
    parentCode: null,
    agencyCode: '000.00.00.H20',
    validFrom: NEW_FROM,
    validTo: null,
    predecessorCodes: ['87', '82'],
    successorCodes: [],
    desk: {
      address:
        'Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp, phường Đạo Thạnh/Mỹ Tho (trụ sở tỉnh mới đặt tại Mỹ Tho; địa chỉ chi tiết chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note: 'Enlarged Đồng Tháp = old Đồng Tháp (87) + old Tiền Giang (82), Nghị quyết 202/2025/QH15, from 1/7/2025; administrative centre in the former Tiền Giang capital (Mỹ Tho). GSO code 82 comes from the 2025 code list (draft QĐ on chinhphu.vn; the brief assumed 87 — our source says 82, verify against the final Quyết định). agencyCode after the merger is unknown: H20 kept provisionally.',
  },
  // ---------------------------------------------------------------- districts
  {
    code: '876',
    name: 'Huyện Lai Vung',
    level: 'DISTRICT',
    kind: 'Huyện',
    parentCode: '87',
    agencyCode: '000.00.11.H20',
    validFrom: OLD_FROM,
    validTo: OLD_TO,
    predecessorCodes: [],
    successorCodes: ['30226', '30208', '30235', '30214'],
    desk: {
      address:
        'Bộ phận Tiếp nhận và Trả kết quả (Một cửa) UBND huyện Lai Vung, thị trấn Lai Vung, huyện Lai Vung, tỉnh Đồng Tháp (địa chỉ chi tiết chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note:
      'District level abolished on 1/7/2025; its territory went to the communes Lai Vung, Hòa Long, Phong Hòa, Tân Dương (successorCodes, which also absorbed units from Lấp Vò and Sa Đéc). The example code 000.00.30.H17 in the brief is only a format example. ' +
      AGENCY_DERIVED +
      ' ' +
      OLD_FROM_NOTE,
  },
  {
    code: '875',
    name: 'Huyện Lấp Vò',
    level: 'DISTRICT',
    kind: 'Huyện',
    parentCode: '87',
    agencyCode: '000.00.10.H20',
    validFrom: OLD_FROM,
    validTo: OLD_TO,
    predecessorCodes: [],
    successorCodes: ['30226'],
    desk: {
      address: 'UBND huyện Lấp Vò, tỉnh Đồng Tháp (chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note:
      'Context only: two of its communes (Định An, Định Yên) merged into the new Xã Lai Vung. successorCodes is PARTIAL (only units modelled here): its other successors 30169 Xã Lấp Vò, 30178 Xã Mỹ An Hưng, 30184 Xã Tân Khánh Trung are not in this file. ' +
      AGENCY_DERIVED,
  },
  {
    code: '867',
    name: 'Thành phố Sa Đéc',
    level: 'DISTRICT',
    kind: 'Thành phố',
    parentCode: '87',
    agencyCode: '000.00.02.H20',
    validFrom: OLD_FROM,
    validTo: OLD_TO,
    predecessorCodes: [],
    successorCodes: ['30214'],
    desk: {
      address: 'UBND thành phố Sa Đéc, tỉnh Đồng Tháp (chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note:
      'Context only: its commune Tân Phú Đông merged into the new Xã Tân Dương. successorCodes is PARTIAL (only units modelled here): its main successor 29905 Phường Sa Đéc is not in this file. ' +
      AGENCY_DERIVED,
  },
  // ------------------------------------------- Lai Vung communes (until 30/6/2025)
  oldCommune(
    '30208',
    'Thị trấn Lai Vung',
    'Thị trấn',
    1,
    '30208',
    'District seat; its code 30208 is reused by the new Xã Hòa Long.',
  ),
  oldCommune('30211', 'Xã Tân Dương', 'Xã', 2, '30214'),
  oldCommune('30214', 'Xã Hòa Thành', 'Xã', 3, '30214', 'Its code 30214 is reused by the new Xã Tân Dương.'),
  oldCommune('30217', 'Xã Long Hậu', 'Xã', 4, '30208'),
  oldCommune('30220', 'Xã Tân Phước', 'Xã', 5, '30226'),
  oldCommune('30223', 'Xã Hòa Long', 'Xã', 6, '30208'),
  oldCommune('30226', 'Xã Tân Thành', 'Xã', 7, '30226', 'Its code 30226 is reused by the new Xã Lai Vung.'),
  oldCommune('30229', 'Xã Long Thắng', 'Xã', 8, '30208'),
  oldCommune('30232', 'Xã Vĩnh Thới', 'Xã', 9, '30235'),
  oldCommune('30235', 'Xã Tân Hòa', 'Xã', 10, '30235', 'Its code 30235 is reused by the new Xã Phong Hòa.'),
  oldCommune('30238', 'Xã Định Hòa', 'Xã', 11, '30235'),
  oldCommune('30241', 'Xã Phong Hòa', 'Xã', 12, '30235'),
  // --------------------------- communes from neighbouring districts (context only)
  {
    code: '30196',
    name: 'Xã Định An',
    level: 'COMMUNE',
    kind: 'Xã',
    parentCode: '875',
    agencyCode: '000.10.10.H20',
    validFrom: OLD_FROM,
    validTo: OLD_TO,
    predecessorCodes: [],
    successorCodes: ['30226'],
    desk: {
      address: 'UBND xã Định An, huyện Lấp Vò, tỉnh Đồng Tháp (chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note:
      'Context only (Lấp Vò district). Merged wholly into the new Xã Lai Vung per the 2025 conversion table. ' +
      AGENCY_DERIVED,
  },
  {
    code: '30199',
    name: 'Xã Định Yên',
    level: 'COMMUNE',
    kind: 'Xã',
    parentCode: '875',
    agencyCode: '000.11.10.H20',
    validFrom: OLD_FROM,
    validTo: OLD_TO,
    predecessorCodes: [],
    successorCodes: ['30226'],
    desk: {
      address: 'UBND xã Định Yên, huyện Lấp Vò, tỉnh Đồng Tháp (chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note:
      'Context only (Lấp Vò district). Merged wholly into the new Xã Lai Vung per the 2025 conversion table. ' +
      AGENCY_DERIVED,
  },
  {
    code: '29923',
    name: 'Xã Tân Phú Đông',
    level: 'COMMUNE',
    kind: 'Xã',
    parentCode: '867',
    agencyCode: '000.09.02.H20',
    validFrom: OLD_FROM,
    validTo: OLD_TO,
    predecessorCodes: [],
    successorCodes: ['30214'],
    desk: {
      address: 'UBND xã Tân Phú Đông, thành phố Sa Đéc, tỉnh Đồng Tháp (chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note:
      'Context only (Sa Đéc city). Merged wholly into the new Xã Tân Dương per the 2025 conversion table. ' +
      AGENCY_DERIVED,
  },
  // ------------------------------------------------- new communes (from 1/7/2025)
  {
    code: '30226',
    name: 'Xã Lai Vung',
    level: 'COMMUNE',
    kind: 'Xã',
    parentCode: '82',
    agencyCode: '000.00.91.H20',
    validFrom: NEW_FROM,
    validTo: null,
    predecessorCodes: ['30226', '30220', '30196', '30199'],
    successorCodes: [],
    desk: {
      address: 'Trung tâm Phục vụ hành chính công xã Lai Vung, tỉnh Đồng Tháp (địa điểm chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note: 'Formed from Tân Thành (30226) and Tân Phước (30220) of Lai Vung plus Định An (30196) and Định Yên (30199) of Lấp Vò. Code and merge list from the 2025 GSO list / conversion table (draft, verify against the final Quyết định). Note: the new Xã Lai Vung does NOT contain the old Thị trấn Lai Vung (that went to Xã Hòa Long). agencyCode 000.00.91.H20 is a PROVISIONAL placeholder.',
  },
  {
    code: '30208',
    name: 'Xã Hòa Long',
    level: 'COMMUNE',
    kind: 'Xã',
    parentCode: '82',
    agencyCode: '000.00.92.H20',
    validFrom: NEW_FROM,
    validTo: null,
    predecessorCodes: ['30208', '30217', '30223', '30229'],
    successorCodes: [],
    desk: {
      address:
        'Trung tâm Phục vụ hành chính công xã Hòa Long, tỉnh Đồng Tháp (có thể tại trụ sở cũ khu vực thị trấn Lai Vung — chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note: 'Formed from Thị trấn Lai Vung (30208), Long Hậu (30217), Hòa Long (30223), Long Thắng (30229). Code and merge list from the 2025 GSO list / conversion table (draft, verify). agencyCode is a PROVISIONAL placeholder.',
  },
  {
    code: '30235',
    name: 'Xã Phong Hòa',
    level: 'COMMUNE',
    kind: 'Xã',
    parentCode: '82',
    agencyCode: '000.00.93.H20',
    validFrom: NEW_FROM,
    validTo: null,
    predecessorCodes: ['30232', '30235', '30238', '30241'],
    successorCodes: [],
    desk: {
      address: 'Trung tâm Phục vụ hành chính công xã Phong Hòa, tỉnh Đồng Tháp (địa điểm chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note: 'Formed from Vĩnh Thới (30232), Tân Hòa (30235), Định Hòa (30238), Phong Hòa (30241). Code and merge list from the 2025 GSO list / conversion table (draft, verify). agencyCode is a PROVISIONAL placeholder.',
  },
  {
    code: '30214',
    name: 'Xã Tân Dương',
    level: 'COMMUNE',
    kind: 'Xã',
    parentCode: '82',
    agencyCode: '000.00.94.H20',
    validFrom: NEW_FROM,
    validTo: null,
    predecessorCodes: ['30211', '30214', '29923'],
    successorCodes: [],
    desk: {
      address: 'Trung tâm Phục vụ hành chính công xã Tân Dương, tỉnh Đồng Tháp (địa điểm chưa xác minh)',
      openingHours: HOURS_SAT_UNKNOWN,
      phone: null,
    },
    confirmed: false,
    note: 'Formed from Tân Dương (30211), Hòa Thành (30214) of Lai Vung plus Tân Phú Đông (29923) of Sa Đéc. Code and merge list from the 2025 GSO list / conversion table (draft, verify). agencyCode is a PROVISIONAL placeholder.',
  },
];
