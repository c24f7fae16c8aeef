/**
 * District- and commune-level administrative procedures (thủ tục hành chính) for the catalogue.
 *
 * Source: our knowledge of the national procedure database (Cơ sở dữ liệu quốc gia về TTHC /
 * dichvucong.gov.vn) and of the laws cited in each `legalBasis`. There was no internet access when
 * this file was written: codes, durations and fees that could not be checked are marked
 * `confirmed: false` with a note. The national code of a procedure changes when the competent
 * ministry re-publishes it (e.g. after a new decree), so provinces may show a newer code for the
 * same procedure. Fees "set by the province" (SET_BY_PROVINCE) are decided by the provincial
 * People's Council under Thông tư 85/2019/TT-BTC; amountVnd is then 0 and must be configured.
 *
 * Levels: `DISTRICT` means the procedure was handled at the district one-stop desk until
 * 30/6/2025. Since 1/7/2025 there is no district level; most of those procedures moved to the
 * commune (a few to the province) — see each note.
 */

export type ProcedureLevel = 'DISTRICT' | 'COMMUNE';
export type SubmissionMethod = 'IN_PERSON' | 'ONLINE' | 'POST';
export type DurationUnit = 'WORKING_DAYS' | 'WORKING_HOURS' | 'SAME_DAY';
export type FeeKind = 'FREE' | 'FIXED' | 'PER_PAGE' | 'PER_COPY' | 'SET_BY_PROVINCE';

export interface ProcedureDuration {
  unit: DurationUnit;
  value: number;
  /** 'HH:MM'; a dossier accepted after it counts from the next working day */
  cutoff?: string;
}

export interface ProcedureFee {
  kind: FeeKind;
  /** integer đồng, 0 when free or set by the province */
  amountVnd: number;
  description: string;
}

export interface ProcedureMethod {
  method: SubmissionMethod;
  duration: ProcedureDuration;
  fee: ProcedureFee;
}

export interface ProcedureDocument {
  /** trường hợp, e.g. 'Chung' */
  case: string;
  name: string;
  copies: { original: number; copy: number };
  /** key into forms.ts FORMS */
  formCode?: string;
}

export interface LegalDocument {
  number: string;
  /** ISO date of issue */
  date: string;
  issuer: string;
  title: string;
}

export interface OnlineLevel {
  legacy: 1 | 2 | 3 | 4;
  decree42: 'FULL_PROCESS' | 'PARTIAL' | 'INFORMATION_ONLY';
}

export interface ReferenceProcedure {
  /** national code like '1.001193' */
  code: string;
  name: string;
  /** lĩnh vực */
  field: string;
  levels: ProcedureLevel[];
  implementingAgency: string;
  steps: string[];
  methods: ProcedureMethod[];
  documents: ProcedureDocument[];
  result: string;
  legalBasis: LegalDocument[];
  conditions: string | null;
  onlineLevel: OnlineLevel;
  confirmed: boolean;
  note?: string;
}

// --------------------------------------------------------------------------- helpers

const SAME_DAY_15: ProcedureDuration = { unit: 'SAME_DAY', value: 0, cutoff: '15:00' };
const days = (n: number): ProcedureDuration => ({ unit: 'WORKING_DAYS', value: n });

const FREE = (description: string): ProcedureFee => ({ kind: 'FREE', amountVnd: 0, description });
const BY_PROVINCE = (description: string): ProcedureFee => ({
  kind: 'SET_BY_PROVINCE',
  amountVnd: 0,
  description,
});
const FIXED = (amountVnd: number, description: string): ProcedureFee => ({
  kind: 'FIXED',
  amountVnd,
  description,
});

/** Same duration and fee for every listed channel. */
function channels(
  duration: ProcedureDuration,
  fee: ProcedureFee,
  list: SubmissionMethod[] = ['IN_PERSON', 'ONLINE', 'POST'],
): ProcedureMethod[] {
  return list.map((method) => ({ method, duration, fee }));
}

const doc = (
  c: string,
  name: string,
  original: number,
  copy: number,
  formCode?: string,
): ProcedureDocument =>
  formCode === undefined
    ? { case: c, name, copies: { original, copy } }
    : { case: c, name, copies: { original, copy }, formCode };

const ID_DOC = (c = 'Chung'): ProcedureDocument =>
  doc(
    c,
    'Xuất trình CCCD/căn cước, hộ chiếu hoặc tài khoản định danh điện tử VNeID mức 2 của người yêu cầu (không phải nộp nếu nộp trực tuyến đã xác thực)',
    0,
    0,
  );

const AUTH_DOC = doc(
  'Trường hợp ủy quyền',
  'Văn bản ủy quyền có chứng thực (không cần chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền)',
  1,
  0,
);

const ONLINE_FULL: OnlineLevel = { legacy: 4, decree42: 'FULL_PROCESS' };
const ONLINE_PARTIAL: OnlineLevel = { legacy: 3, decree42: 'PARTIAL' };
const ONLINE_INFO: OnlineLevel = { legacy: 2, decree42: 'INFORMATION_ONLY' };

// --------------------------------------------------------------------- legal documents

const L = {
  luatHoTich: { number: '60/2014/QH13', date: '2014-11-20', issuer: 'Quốc hội', title: 'Luật Hộ tịch' },
  nd123: {
    number: '123/2015/NĐ-CP',
    date: '2015-11-15',
    issuer: 'Chính phủ',
    title: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
  },
  nd87: {
    number: '87/2020/NĐ-CP',
    date: '2020-07-28',
    issuer: 'Chính phủ',
    title: 'Quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến',
  },
  tt04_2020: {
    number: '04/2020/TT-BTP',
    date: '2020-05-28',
    issuer: 'Bộ Tư pháp',
    title: 'Quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định 123/2015/NĐ-CP',
  },
  nd63_2024: {
    number: '63/2024/NĐ-CP',
    date: '2024-06-10',
    issuer: 'Chính phủ',
    title:
      'Quy định việc thực hiện liên thông điện tử 02 nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
  },
  tt85_2019: {
    number: '85/2019/TT-BTC',
    date: '2019-11-29',
    issuer: 'Bộ Tài chính',
    title:
      'Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương',
  },
  tt281_2016: {
    number: '281/2016/TT-BTC',
    date: '2016-11-14',
    issuer: 'Bộ Tài chính',
    title:
      'Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch',
  },
  blds: { number: '91/2015/QH13', date: '2015-11-24', issuer: 'Quốc hội', title: 'Bộ luật Dân sự' },
  luatNuoiConNuoi: {
    number: '52/2010/QH12',
    date: '2010-06-17',
    issuer: 'Quốc hội',
    title: 'Luật Nuôi con nuôi',
  },
  nd19_2011: {
    number: '19/2011/NĐ-CP',
    date: '2011-03-21',
    issuer: 'Chính phủ',
    title: 'Quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi',
  },
  nd114_2016: {
    number: '114/2016/NĐ-CP',
    date: '2016-07-08',
    issuer: 'Chính phủ',
    title:
      'Quy định lệ phí đăng ký nuôi con nuôi, lệ phí cấp giấy phép hoạt động của tổ chức con nuôi nước ngoài',
  },
  nd23_2015: {
    number: '23/2015/NĐ-CP',
    date: '2015-02-16',
    issuer: 'Chính phủ',
    title:
      'Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
  },
  tt01_2020_btp: {
    number: '01/2020/TT-BTP',
    date: '2020-03-03',
    issuer: 'Bộ Tư pháp',
    title: 'Quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định 23/2015/NĐ-CP',
  },
  tt226_2016: {
    number: '226/2016/TT-BTC',
    date: '2016-11-11',
    issuer: 'Bộ Tài chính',
    title: 'Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực',
  },
  nd01_2021: {
    number: '01/2021/NĐ-CP',
    date: '2021-01-04',
    issuer: 'Chính phủ',
    title: 'Về đăng ký doanh nghiệp (Chương VIII: hộ kinh doanh)',
  },
  tt01_2021_bkhdt: {
    number: '01/2021/TT-BKHĐT',
    date: '2021-03-16',
    issuer: 'Bộ Kế hoạch và Đầu tư',
    title: 'Hướng dẫn về đăng ký doanh nghiệp',
  },
  nd168_2025: {
    number: '168/2025/NĐ-CP',
    date: '2025-06-30',
    issuer: 'Chính phủ',
    title: 'Về đăng ký doanh nghiệp (thay thế Nghị định 01/2021/NĐ-CP, gồm đăng ký hộ kinh doanh)',
  },
  luatTdkt: {
    number: '06/2022/QH15',
    date: '2022-06-15',
    issuer: 'Quốc hội',
    title: 'Luật Thi đua, khen thưởng',
  },
  nd98_2023: {
    number: '98/2023/NĐ-CP',
    date: '2023-12-31',
    issuer: 'Chính phủ',
    title: 'Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  },
  nd91_2017: {
    number: '91/2017/NĐ-CP',
    date: '2017-07-31',
    issuer: 'Chính phủ',
    title:
      'Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng (hết hiệu lực khi Nghị định 98/2023/NĐ-CP có hiệu lực)',
  },
  luatDatDai2013: {
    number: '45/2013/QH13',
    date: '2013-11-29',
    issuer: 'Quốc hội',
    title: 'Luật Đất đai 2013 (hết hiệu lực từ 01/8/2024)',
  },
  luatDatDai2024: { number: '31/2024/QH15', date: '2024-01-18', issuer: 'Quốc hội', title: 'Luật Đất đai' },
  nd101_2024: {
    number: '101/2024/NĐ-CP',
    date: '2024-07-29',
    issuer: 'Chính phủ',
    title:
      'Quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai',
  },
  nd102_2024: {
    number: '102/2024/NĐ-CP',
    date: '2024-07-30',
    issuer: 'Chính phủ',
    title: 'Quy định chi tiết thi hành một số điều của Luật Đất đai',
  },
  nd151_2025: {
    number: '151/2025/NĐ-CP',
    date: '2025-06-12',
    issuer: 'Chính phủ',
    title:
      'Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai',
  },
  luatXayDung: { number: '50/2014/QH13', date: '2014-06-18', issuer: 'Quốc hội', title: 'Luật Xây dựng' },
  luatXayDungSua: {
    number: '62/2020/QH14',
    date: '2020-06-17',
    issuer: 'Quốc hội',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng',
  },
  nd15_2021: {
    number: '15/2021/NĐ-CP',
    date: '2021-03-03',
    issuer: 'Chính phủ',
    title: 'Quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng',
  },
  nd175_2024: {
    number: '175/2024/NĐ-CP',
    date: '2024-12-30',
    issuer: 'Chính phủ',
    title: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng',
  },
  nd20_2021: {
    number: '20/2021/NĐ-CP',
    date: '2021-03-15',
    issuer: 'Chính phủ',
    title: 'Quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
  },
  nd76_2024: {
    number: '76/2024/NĐ-CP',
    date: '2024-07-01',
    issuer: 'Chính phủ',
    title: 'Sửa đổi, bổ sung một số điều của Nghị định 20/2021/NĐ-CP',
  },
  luatNkt: { number: '51/2010/QH12', date: '2010-06-17', issuer: 'Quốc hội', title: 'Luật Người khuyết tật' },
  nd28_2012: {
    number: '28/2012/NĐ-CP',
    date: '2012-04-10',
    issuer: 'Chính phủ',
    title: 'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật',
  },
  tt01_2019_ldtbxh: {
    number: '01/2019/TT-BLĐTBXH',
    date: '2019-01-02',
    issuer: 'Bộ Lao động – Thương binh và Xã hội',
    title: 'Quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện',
  },
  nd07_2021: {
    number: '07/2021/NĐ-CP',
    date: '2021-01-27',
    issuer: 'Chính phủ',
    title: 'Quy định chuẩn nghèo đa chiều giai đoạn 2021–2025',
  },
  qd24_2021: {
    number: '24/2021/QĐ-TTg',
    date: '2021-07-16',
    issuer: 'Thủ tướng Chính phủ',
    title:
      'Quy định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm và quy trình xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình',
  },
  nd42_2022: {
    number: '42/2022/NĐ-CP',
    date: '2022-06-06',
    issuer: 'Chính phủ',
    title:
      'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
  },
} satisfies Record<string, LegalDocument>;

const HT_BASE: LegalDocument[] = [L.luatHoTich, L.nd123, L.nd87, L.tt04_2020, L.tt85_2019];
const CT_BASE: LegalDocument[] = [L.nd23_2015, L.tt01_2020_btp, L.tt226_2016];
const HKD_BASE: LegalDocument[] = [L.nd01_2021, L.tt01_2021_bkhdt, L.nd168_2025, L.tt85_2019];
const TDKT_BASE: LegalDocument[] = [L.luatTdkt, L.nd98_2023];
const DAT_BASE: LegalDocument[] = [L.luatDatDai2024, L.nd101_2024, L.nd102_2024, L.nd151_2025, L.tt85_2019];
const XD_BASE: LegalDocument[] = [L.luatXayDung, L.luatXayDungSua, L.nd175_2024, L.tt85_2019];
const BTXH_BASE: LegalDocument[] = [L.nd20_2021, L.nd76_2024];

// ----------------------------------------------------------------------------- agencies

const AG_XA_HT = 'Ủy ban nhân dân cấp xã (công chức Tư pháp – Hộ tịch)';
const AG_HUYEN_HT =
  'Ủy ban nhân dân cấp huyện (Phòng Tư pháp) đến 30/6/2025; từ 01/7/2025: Ủy ban nhân dân cấp xã';
const AG_CT =
  'Phòng Tư pháp cấp huyện và Ủy ban nhân dân cấp xã (đến 30/6/2025); từ 01/7/2025: Ủy ban nhân dân cấp xã';
const AG_HKD =
  'Phòng Tài chính – Kế hoạch thuộc UBND cấp huyện (đến 30/6/2025); từ 01/7/2025: Phòng Kinh tế (hoặc Phòng Kinh tế, Hạ tầng và Đô thị) thuộc UBND cấp xã';
const AG_TDKT_HUYEN = 'Chủ tịch UBND cấp huyện; cơ quan tham mưu: Phòng Nội vụ cấp huyện (đến 30/6/2025)';
const AG_TDKT_XA =
  'Chủ tịch UBND cấp xã; cơ quan tham mưu: công chức Văn phòng – Thống kê / Văn phòng HĐND và UBND xã';
const AG_DAT =
  'UBND cấp huyện, Phòng Tài nguyên và Môi trường, Chi nhánh Văn phòng đăng ký đất đai (đến 30/6/2025); từ 01/7/2025: UBND cấp xã và Chi nhánh Văn phòng đăng ký đất đai';
const AG_XD =
  'UBND cấp huyện (Phòng Kinh tế – Hạ tầng / Phòng Quản lý đô thị) đến 30/6/2025; từ 01/7/2025: UBND cấp xã';
const AG_BTXH =
  'UBND cấp xã tiếp nhận; Phòng Lao động – Thương binh và Xã hội và Chủ tịch UBND cấp huyện quyết định (đến 30/6/2025); từ 01/7/2025: Chủ tịch UBND cấp xã';

const HT_STEPS = [
  'Người yêu cầu nộp hồ sơ trực tiếp tại Bộ phận Một cửa, qua bưu chính hoặc trực tuyến trên Cổng Dịch vụ công',
  'Công chức tiếp nhận kiểm tra hồ sơ; hồ sơ đầy đủ thì lập Giấy tiếp nhận và hẹn trả kết quả (Mẫu 01), chưa đầy đủ thì hướng dẫn bổ sung một lần (Mẫu 02)',
  'Công chức Tư pháp – Hộ tịch kiểm tra, xác minh (nếu cần), cập nhật vào Cơ sở dữ liệu hộ tịch điện tử và trình lãnh đạo ký',
  'Trả kết quả tại Bộ phận Một cửa, qua bưu chính công ích hoặc bản điện tử trên Cổng Dịch vụ công / VNeID',
];

const CT_STEPS = [
  'Người yêu cầu nộp hồ sơ và xuất trình bản chính, giấy tờ tùy thân tại Bộ phận Một cửa',
  'Người thực hiện chứng thực kiểm tra giấy tờ; nếu hợp lệ thì ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực',
  'Thu phí chứng thực và trả kết quả',
];

const HKD_STEPS = [
  'Chủ hộ kinh doanh (hoặc người được ủy quyền) nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến trên Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh / Cổng Dịch vụ công',
  'Cơ quan đăng ký kinh doanh tiếp nhận, trao Giấy biên nhận',
  'Kiểm tra tính hợp lệ của hồ sơ; nếu hợp lệ thì cấp/cập nhật Giấy chứng nhận đăng ký hộ kinh doanh, nếu chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung',
  'Trả kết quả; chuyển thông tin sang cơ quan thuế',
];

const TDKT_STEPS = [
  'Cơ quan, đơn vị trực thuộc lập hồ sơ đề nghị khen thưởng (tờ trình, biên bản họp Hội đồng Thi đua – Khen thưởng, báo cáo thành tích) và gửi cơ quan tham mưu (trực tiếp, qua bưu chính hoặc trực tuyến)',
  'Cơ quan tham mưu thẩm định hồ sơ, lấy ý kiến hiệp y (nếu có), trình Hội đồng Thi đua – Khen thưởng cấp mình xét',
  'Chủ tịch UBND ký quyết định khen thưởng',
  'Thông báo kết quả, trao tặng và lưu hồ sơ',
];

// --------------------------------------------------------------------------- procedures

export const PROCEDURES: ReferenceProcedure[] = [
  // =========================================================== Hộ tịch (civil status)
  {
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    field: 'Hộ tịch',
    levels: ['COMMUNE'],
    implementingAgency: AG_XA_HT,
    steps: HT_STEPS,
    methods: channels(
      SAME_DAY_15,
      FREE(
        'Miễn lệ phí đăng ký khai sinh đúng hạn (Điều 11 Luật Hộ tịch); đăng ký quá hạn: lệ phí do HĐND tỉnh quy định',
      ),
    ),
    documents: [
      doc('Chung', 'Tờ khai đăng ký khai sinh', 1, 0, 'HT-TK-KHAI-SINH'),
      doc(
        'Chung',
        'Giấy chứng sinh (hoặc văn bản của người làm chứng / giấy cam đoan về việc sinh nếu không có Giấy chứng sinh)',
        1,
        0,
      ),
      doc('Trẻ bị bỏ rơi', 'Biên bản xác nhận việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập', 1, 0),
      doc(
        'Trẻ sinh ra do mang thai hộ',
        'Văn bản chứng minh việc mang thai hộ theo quy định pháp luật',
        1,
        0,
      ),
      ID_DOC(),
      AUTH_DOC,
    ],
    result:
      'Giấy khai sinh (bản chính, bản điện tử) và bản sao trích lục khai sinh nếu có yêu cầu; số định danh cá nhân được cấp cho trẻ',
    legalBasis: [...HT_BASE, L.nd63_2024],
    conditions:
      'Cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn 60 ngày kể từ ngày sinh; UBND cấp xã nơi cư trú của cha hoặc mẹ thực hiện.',
    onlineLevel: ONLINE_FULL,
    confirmed: true,
    note: 'Also offered as the linked procedure (liên thông) khai sinh – thường trú – thẻ BHYT under Nghị định 63/2024/NĐ-CP, which has its own code.',
  },
  {
    code: '1.000689',
    name: 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
    field: 'Hộ tịch',
    levels: ['COMMUNE'],
    implementingAgency: AG_XA_HT,
    steps: HT_STEPS,
    methods: channels(
      days(3),
      BY_PROVINCE('Miễn lệ phí phần khai sinh đúng hạn; lệ phí nhận cha, mẹ, con do HĐND tỉnh quy định'),
    ),
    documents: [
      doc('Chung', 'Tờ khai đăng ký khai sinh', 1, 0, 'HT-TK-KHAI-SINH'),
      doc('Chung', 'Tờ khai đăng ký nhận cha, mẹ, con', 1, 0, 'HT-TK-NHAN-CMC'),
      doc('Chung', 'Giấy chứng sinh hoặc giấy tờ thay thế', 1, 0),
      doc(
        'Chung',
        'Chứng cứ chứng minh quan hệ cha, mẹ, con (văn bản giám định ADN hoặc văn bản của cơ quan có thẩm quyền; nếu không có thì văn bản cam đoan và ít nhất hai người làm chứng)',
        1,
        0,
      ),
      ID_DOC(),
    ],
    result: 'Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con',
    legalBasis: HT_BASE,
    conditions: 'Không có tranh chấp về việc nhận cha, mẹ, con; các bên còn sống.',
    onlineLevel: ONLINE_FULL,
    confirmed: false,
    note: 'Code 1.000689 and the 3-working-day duration (extendable by up to 5 days when verification is needed) are best knowledge.',
  },
  {
    code: '1.000894',
    name: 'Thủ tục đăng ký kết hôn',
    field: 'Hộ tịch',
    levels: ['COMMUNE'],
    implementingAgency: AG_XA_HT,
    steps: [
      ...HT_STEPS.slice(0, 3),
      'Hai bên nam, nữ cùng có mặt ký vào Giấy chứng nhận kết hôn và Sổ đăng ký kết hôn; trao Giấy chứng nhận kết hôn',
    ],
    methods: channels(
      SAME_DAY_15,
      FREE('Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú trong nước (Điều 11 Luật Hộ tịch)'),
      ['IN_PERSON', 'ONLINE'],
    ),
    documents: [
      doc('Chung', 'Tờ khai đăng ký kết hôn (hai bên có thể dùng chung một tờ khai)', 1, 0, 'HT-TK-KET-HON'),
      doc(
        'Người đăng ký không cư trú tại xã nơi đăng ký',
        'Giấy xác nhận tình trạng hôn nhân do UBND cấp xã có thẩm quyền cấp (trừ khi đã khai thác được từ Cơ sở dữ liệu)',
        1,
        0,
      ),
      doc('Đã ly hôn ở nước ngoài', 'Giấy tờ ghi chú ly hôn', 1, 0),
      ID_DOC(),
    ],
    result: 'Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên) và bản sao trích lục nếu có yêu cầu',
    legalBasis: [
      ...HT_BASE,
      { number: '52/2014/QH13', date: '2014-06-19', issuer: 'Quốc hội', title: 'Luật Hôn nhân và gia đình' },
    ],
    conditions:
      'Đủ điều kiện kết hôn theo Điều 8 Luật Hôn nhân và gia đình; hai bên phải có mặt khi đăng ký.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: true,
    note: 'If verification is needed the time is extended to at most 05 working days. Both parties must be present to sign, so the result cannot be returned by post and the procedure is at most "partial" online.',
  },
  {
    code: '1.000656',
    name: 'Thủ tục đăng ký khai tử',
    field: 'Hộ tịch',
    levels: ['COMMUNE'],
    implementingAgency: AG_XA_HT,
    steps: HT_STEPS,
    methods: channels(
      SAME_DAY_15,
      FREE('Miễn lệ phí đăng ký khai tử đúng hạn; quá hạn: lệ phí do HĐND tỉnh quy định'),
    ),
    documents: [
      doc('Chung', 'Tờ khai đăng ký khai tử', 1, 0, 'HT-TK-KHAI-TU'),
      doc('Chung', 'Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp', 1, 0),
      ID_DOC(),
      AUTH_DOC,
    ],
    result: 'Trích lục khai tử (bản chính) và bản sao trích lục nếu có yêu cầu',
    legalBasis: [...HT_BASE, L.nd63_2024],
    conditions:
      'Người thân thích đăng ký khai tử trong thời hạn 15 ngày kể từ ngày có người chết, tại UBND cấp xã nơi cư trú cuối cùng của người chết.',
    onlineLevel: ONLINE_FULL,
    confirmed: true,
    note: 'When verification of the death is needed: at most 03 working days.',
  },
  {
    code: '1.001022',
    name: 'Thủ tục đăng ký nhận cha, mẹ, con',
    field: 'Hộ tịch',
    levels: ['COMMUNE'],
    implementingAgency: AG_XA_HT,
    steps: [
      ...HT_STEPS.slice(0, 2),
      'Niêm yết công khai việc nhận cha, mẹ, con tại trụ sở UBND cấp xã trong 03 ngày làm việc liên tục',
      ...HT_STEPS.slice(2),
    ],
    methods: channels(
      days(3),
      BY_PROVINCE(
        'Lệ phí đăng ký nhận cha, mẹ, con do HĐND tỉnh quy định (miễn cho hộ nghèo, người khuyết tật, gia đình có công)',
      ),
      ['IN_PERSON', 'ONLINE'],
    ),
    documents: [
      doc('Chung', 'Tờ khai đăng ký nhận cha, mẹ, con', 1, 0, 'HT-TK-NHAN-CMC'),
      doc('Chung', 'Chứng cứ chứng minh quan hệ cha, mẹ, con', 1, 0),
      ID_DOC(),
    ],
    result: 'Trích lục đăng ký nhận cha, mẹ, con',
    legalBasis: HT_BASE,
    conditions: 'Không có tranh chấp; người nhận và người được nhận có mặt khi đăng ký.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: true,
    note: 'Verification may extend the time by at most 05 working days.',
  },
  {
    code: '1.004859',
    name: 'Thủ tục đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    field: 'Hộ tịch',
    levels: ['COMMUNE', 'DISTRICT'],
    implementingAgency:
      'Ủy ban nhân dân cấp xã (người dưới 14 tuổi, bổ sung thông tin); UBND cấp huyện (từ đủ 14 tuổi trở lên, xác định lại dân tộc) đến 30/6/2025; từ 01/7/2025: UBND cấp xã',
    steps: HT_STEPS,
    methods: [...channels(days(3), BY_PROVINCE('Lệ phí thay đổi, cải chính hộ tịch do HĐND tỉnh quy định'))],
    documents: [
      doc(
        'Chung',
        'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
        1,
        0,
        'HT-TK-THAY-DOI-CAI-CHINH',
      ),
      doc('Chung', 'Giấy tờ liên quan làm căn cứ cho việc thay đổi, cải chính, bổ sung', 0, 1),
      ID_DOC(),
    ],
    result:
      'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch; ghi chú vào Sổ hộ tịch và bản chính giấy tờ hộ tịch',
    legalBasis: HT_BASE,
    conditions: null,
    onlineLevel: ONLINE_FULL,
    confirmed: false,
    note: 'Code 1.004859 recalled (and seen in third-party catalogues). Supplementing information (bổ sung) is same-day; correction needing verification may take 3 more working days. District/commune split changed on 1/7/2025.',
  },
  {
    code: '1.004873',
    name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    levels: ['COMMUNE'],
    implementingAgency: AG_XA_HT,
    steps: HT_STEPS,
    methods: channels(days(3), BY_PROVINCE('Lệ phí do HĐND tỉnh quy định (nhiều tỉnh miễn)')),
    documents: [
      doc('Chung', 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 1, 0, 'HT-TK-XN-HON-NHAN'),
      doc(
        'Đã ly hôn / vợ hoặc chồng đã chết',
        'Bản án, quyết định ly hôn có hiệu lực hoặc giấy tờ chứng minh vợ/chồng đã chết',
        0,
        1,
      ),
      ID_DOC(),
    ],
    result: 'Giấy xác nhận tình trạng hôn nhân (giá trị 06 tháng kể từ ngày cấp)',
    legalBasis: HT_BASE,
    conditions: null,
    onlineLevel: ONLINE_FULL,
    confirmed: true,
    note: 'Verification at another place of residence may extend the time (up to 20 days in practice); the 3-working-day base is Điều 22 Nghị định 123/2015/NĐ-CP.',
  },
  {
    code: '2.000635',
    name: 'Thủ tục cấp bản sao Trích lục hộ tịch',
    field: 'Hộ tịch',
    levels: ['COMMUNE', 'DISTRICT'],
    implementingAgency:
      'Cơ quan đang lưu giữ Sổ hộ tịch hoặc quản lý Cơ sở dữ liệu hộ tịch (UBND cấp xã; UBND cấp huyện đến 30/6/2025)',
    steps: HT_STEPS,
    methods: channels(SAME_DAY_15, {
      kind: 'PER_COPY',
      amountVnd: 8000,
      description:
        'Phí cấp bản sao trích lục hộ tịch 8.000 đồng/bản sao/sự kiện hộ tịch (Thông tư 281/2016/TT-BTC)',
    }),
    documents: [
      doc('Chung', 'Tờ khai cấp bản sao trích lục hộ tịch', 1, 0, 'HT-TK-BAN-SAO-TRICH-LUC'),
      ID_DOC(),
      AUTH_DOC,
    ],
    result: 'Bản sao trích lục hộ tịch',
    legalBasis: [...HT_BASE, L.tt281_2016],
    conditions: null,
    onlineLevel: ONLINE_FULL,
    confirmed: false,
    note: 'Fee 8.000 đ/bản under TT 281/2016/TT-BTC is recalled; some provinces apply it only to extracts from the electronic database. Verify.',
  },
  {
    code: '1.004884',
    name: 'Thủ tục đăng ký lại khai sinh',
    field: 'Hộ tịch',
    levels: ['COMMUNE'],
    implementingAgency: AG_XA_HT,
    steps: HT_STEPS,
    methods: channels(days(5), BY_PROVINCE('Lệ phí do HĐND tỉnh quy định')),
    documents: [
      doc('Chung', 'Tờ khai đăng ký lại khai sinh (mẫu riêng, chưa có trong forms.ts)', 1, 0),
      doc(
        'Chung',
        'Bản sao Giấy khai sinh hoặc giấy tờ, tài liệu có nội dung liên quan (hồ sơ học tập, hồ sơ cán bộ…)',
        0,
        1,
      ),
      ID_DOC(),
    ],
    result: 'Giấy khai sinh (đăng ký lại)',
    legalBasis: HT_BASE,
    conditions:
      'Việc khai sinh đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code and 5-working-day duration best knowledge (Điều 26–27 Nghị định 123/2015/NĐ-CP).',
  },
  {
    code: '1.005461',
    name: 'Thủ tục đăng ký lại khai tử',
    field: 'Hộ tịch',
    levels: ['COMMUNE'],
    implementingAgency: AG_XA_HT,
    steps: HT_STEPS,
    methods: channels(days(5), BY_PROVINCE('Lệ phí do HĐND tỉnh quy định')),
    documents: [
      doc('Chung', 'Tờ khai đăng ký khai tử', 1, 0, 'HT-TK-KHAI-TU'),
      doc('Chung', 'Bản sao giấy tờ chứng minh việc khai tử đã được đăng ký trước đây', 0, 1),
      ID_DOC(),
    ],
    result: 'Trích lục khai tử (đăng ký lại)',
    legalBasis: HT_BASE,
    conditions: 'Việc khai tử đã đăng ký trước 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ đều bị mất.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code 1.005461 seen in third-party catalogues; duration best knowledge.',
  },
  {
    code: '1.004746',
    name: 'Thủ tục đăng ký lại kết hôn',
    field: 'Hộ tịch',
    levels: ['COMMUNE'],
    implementingAgency: AG_XA_HT,
    steps: HT_STEPS,
    methods: channels(days(5), BY_PROVINCE('Lệ phí do HĐND tỉnh quy định'), ['IN_PERSON', 'ONLINE']),
    documents: [
      doc('Chung', 'Tờ khai đăng ký lại kết hôn (mẫu riêng, chưa có trong forms.ts)', 1, 0),
      doc('Chung', 'Bản sao Giấy chứng nhận kết hôn hoặc giấy tờ, tài liệu có nội dung liên quan', 0, 1),
      ID_DOC(),
    ],
    result: 'Giấy chứng nhận kết hôn (đăng ký lại)',
    legalBasis: HT_BASE,
    conditions:
      'Việc kết hôn đã đăng ký trước 01/01/2016 nhưng Sổ hộ tịch và bản chính đều bị mất; hai bên phải có mặt.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code 1.004746 is a best guess for "đăng ký lại kết hôn"; verify.',
  },
  {
    code: '1.004837',
    name: 'Thủ tục đăng ký giám hộ',
    field: 'Hộ tịch',
    levels: ['COMMUNE'],
    implementingAgency: AG_XA_HT,
    steps: HT_STEPS,
    methods: channels(days(3), FREE('Miễn lệ phí đăng ký giám hộ (Điều 11 Luật Hộ tịch)')),
    documents: [
      doc('Chung', 'Tờ khai đăng ký giám hộ', 1, 0),
      doc('Giám hộ cử', 'Văn bản cử người giám hộ', 1, 0),
      doc(
        'Giám hộ đương nhiên',
        'Giấy tờ chứng minh điều kiện giám hộ đương nhiên; văn bản thỏa thuận cử một người làm giám hộ nếu có nhiều người',
        1,
        0,
      ),
      ID_DOC(),
    ],
    result: 'Trích lục đăng ký giám hộ',
    legalBasis: [...HT_BASE, L.blds],
    conditions: null,
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code 1.004837 recalled and consistent with third-party catalogues; 3 working days per Điều 20 Luật Hộ tịch. No dedicated form in forms.ts.',
  },
  {
    code: '1.004845',
    name: 'Thủ tục đăng ký chấm dứt giám hộ',
    field: 'Hộ tịch',
    levels: ['COMMUNE'],
    implementingAgency: AG_XA_HT,
    steps: HT_STEPS,
    methods: channels(days(2), BY_PROVINCE('Lệ phí do HĐND tỉnh quy định (thường miễn)')),
    documents: [
      doc('Chung', 'Tờ khai đăng ký chấm dứt giám hộ', 1, 0),
      doc('Chung', 'Giấy tờ làm căn cứ chấm dứt giám hộ theo Bộ luật Dân sự', 0, 1),
      ID_DOC(),
    ],
    result: 'Trích lục đăng ký chấm dứt giám hộ',
    legalBasis: [...HT_BASE, L.blds],
    conditions: null,
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code seen in third-party catalogues; 02 working days per Điều 22 Luật Hộ tịch (best knowledge).',
  },
  {
    code: '2.000528',
    name: 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài',
    field: 'Hộ tịch',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_HUYEN_HT,
    steps: HT_STEPS,
    methods: channels(days(1), BY_PROVINCE('Lệ phí do HĐND tỉnh quy định'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc('Chung', 'Tờ khai đăng ký khai sinh', 1, 0, 'HT-TK-KHAI-SINH'),
      doc('Chung', 'Giấy chứng sinh hoặc giấy tờ thay thế', 1, 0),
      doc(
        'Cha mẹ chọn quốc tịch nước ngoài cho con',
        'Văn bản thỏa thuận chọn quốc tịch có xác nhận của cơ quan có thẩm quyền nước ngoài',
        1,
        0,
      ),
      ID_DOC(),
    ],
    result: 'Giấy khai sinh',
    legalBasis: HT_BASE,
    conditions: null,
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Handled by the district until 30/6/2025, by the commune since. Luật Hộ tịch says "ngay sau khi nhận đủ giấy tờ"; 1 working day is a conservative modelling choice. Code from third-party catalogues.',
  },
  {
    code: '2.000806',
    name: 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài',
    field: 'Hộ tịch',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_HUYEN_HT,
    steps: [
      ...HT_STEPS.slice(0, 3),
      'Trong 03 ngày làm việc kể từ ngày Chủ tịch ký, tổ chức trao Giấy chứng nhận kết hôn; hai bên phải có mặt',
    ],
    methods: channels(days(15), BY_PROVINCE('Lệ phí do HĐND tỉnh quy định'), ['IN_PERSON', 'ONLINE']),
    documents: [
      doc('Chung', 'Tờ khai đăng ký kết hôn', 1, 0, 'HT-TK-KET-HON'),
      doc(
        'Chung',
        'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài cấp (hợp pháp hóa lãnh sự, dịch công chứng)',
        1,
        0,
      ),
      doc(
        'Chung',
        'Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ hành vi',
        1,
        0,
      ),
      doc('Chung', 'Bản sao hộ chiếu/giấy tờ thay hộ chiếu của người nước ngoài', 0, 1),
      ID_DOC(),
    ],
    result: 'Giấy chứng nhận kết hôn',
    legalBasis: HT_BASE,
    conditions:
      'Đủ điều kiện kết hôn theo pháp luật Việt Nam và pháp luật nước mà người nước ngoài là công dân.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'District until 30/6/2025, commune since. The law says "15 ngày"; modelled as working days — verify whether calendar days apply. Fee varies by province (often 1.000.000 đ).',
  },
  {
    code: '2.001263',
    name: 'Thủ tục đăng ký việc nuôi con nuôi trong nước',
    field: 'Nuôi con nuôi',
    levels: ['COMMUNE'],
    implementingAgency:
      'Ủy ban nhân dân cấp xã nơi thường trú của người được giới thiệu làm con nuôi hoặc người nhận con nuôi',
    steps: [
      'Người nhận con nuôi nộp hồ sơ của mình và hồ sơ của người được giới thiệu làm con nuôi tại Bộ phận Một cửa',
      'UBND cấp xã kiểm tra hồ sơ, lấy ý kiến của những người liên quan (cha mẹ đẻ, người giám hộ, trẻ từ đủ 9 tuổi)',
      'Nếu đủ điều kiện, tổ chức đăng ký nuôi con nuôi, trao Giấy chứng nhận nuôi con nuôi và tổ chức giao nhận con nuôi',
    ],
    methods: channels(
      days(20),
      FIXED(
        400000,
        'Lệ phí đăng ký nuôi con nuôi trong nước 400.000 đồng/trường hợp (Nghị định 114/2016/NĐ-CP); có trường hợp miễn',
      ),
      ['IN_PERSON', 'POST'],
    ),
    documents: [
      doc('Người nhận con nuôi', 'Đơn xin nhận con nuôi', 1, 0),
      doc('Người nhận con nuôi', 'Phiếu lý lịch tư pháp', 1, 0),
      doc('Người nhận con nuôi', 'Văn bản xác nhận tình trạng hôn nhân', 1, 0),
      doc(
        'Người nhận con nuôi',
        'Giấy khám sức khỏe và văn bản xác nhận hoàn cảnh gia đình, chỗ ở, điều kiện kinh tế',
        1,
        0,
      ),
      doc('Người được nhận làm con nuôi', 'Giấy khai sinh, giấy khám sức khỏe, hai ảnh 4x6', 0, 1),
    ],
    result: 'Giấy chứng nhận nuôi con nuôi; trích lục',
    legalBasis: [L.luatNuoiConNuoi, L.nd19_2011, L.nd114_2016],
    conditions:
      'Người nhận con nuôi đáp ứng Điều 14 Luật Nuôi con nuôi (hơn con nuôi từ 20 tuổi trở lên, có điều kiện chăm sóc…).',
    onlineLevel: ONLINE_INFO,
    confirmed: false,
    note: 'Code from third-party catalogues; 20-day limit (Điều 19 Luật Nuôi con nuôi) and 400.000 đ fee recalled.',
  },

  // ================================================================ Chứng thực
  {
    code: '2.000815',
    name: 'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    field: 'Chứng thực',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_CT,
    steps: CT_STEPS,
    methods: channels(
      SAME_DAY_15,
      {
        kind: 'PER_PAGE',
        amountVnd: 2000,
        description:
          '2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa 200.000 đồng/bản (Thông tư 226/2016/TT-BTC)',
      },
      ['IN_PERSON', 'ONLINE'],
    ),
    documents: [
      doc('Chung', 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 1, 0),
      doc(
        'Chung',
        'Bản sao cần chứng thực (nếu người yêu cầu không tự chụp thì cơ quan chụp và thu chi phí)',
        0,
        1,
      ),
    ],
    result: 'Bản sao được chứng thực từ bản chính (bản giấy hoặc bản điện tử)',
    legalBasis: CT_BASE,
    conditions:
      'Bản chính không thuộc các trường hợp không được chứng thực (bị tẩy xóa, hư hỏng, đóng dấu mật, nội dung trái pháp luật…).',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: true,
    note: 'Fee per page is progressive (the amountVnd is the first-page rate); a large volume may be returned later by agreement. Online = electronic copy certification from a paper original (bản sao điện tử) where the province offers it.',
  },
  {
    code: '2.000884',
    name: 'Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    field: 'Chứng thực',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_CT,
    steps: [
      'Người yêu cầu xuất trình giấy tờ tùy thân và giấy tờ, văn bản cần chứng thực chữ ký',
      'Người yêu cầu ký trước mặt người thực hiện chứng thực (hoặc điểm chỉ)',
      'Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu, ghi sổ; thu phí và trả kết quả',
    ],
    methods: channels(SAME_DAY_15, FIXED(10000, '10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC)'), [
      'IN_PERSON',
    ]),
    documents: [doc('Chung', 'Giấy tờ, văn bản mà mình sẽ ký', 1, 0), ID_DOC()],
    result: 'Giấy tờ, văn bản được chứng thực chữ ký',
    legalBasis: CT_BASE,
    conditions: 'Người yêu cầu phải ký trước mặt người thực hiện chứng thực.',
    onlineLevel: ONLINE_INFO,
    confirmed: true,
  },
  {
    code: '2.001035',
    name: 'Thủ tục chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
    field: 'Chứng thực',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_CT,
    steps: CT_STEPS,
    methods: channels(days(2), FIXED(50000, '50.000 đồng/hợp đồng, giao dịch (Thông tư 226/2016/TT-BTC)'), [
      'IN_PERSON',
    ]),
    documents: [
      doc('Chung', 'Phiếu yêu cầu chứng thực hợp đồng, giao dịch', 1, 0, 'CT-PHIEU-YEU-CAU'),
      doc('Chung', 'Dự thảo hợp đồng, giao dịch', 1, 0),
      doc('Chung', 'Bản sao giấy tờ tùy thân của người yêu cầu chứng thực', 0, 1),
      doc(
        'Chung',
        'Bản sao Giấy chứng nhận quyền sử dụng đất / quyền sở hữu hoặc giấy đăng ký tài sản',
        0,
        1,
      ),
    ],
    result: 'Hợp đồng, giao dịch được chứng thực',
    legalBasis: CT_BASE,
    conditions: 'Các bên có mặt ký trước người thực hiện chứng thực; tài sản không bị tranh chấp, kê biên.',
    onlineLevel: ONLINE_INFO,
    confirmed: false,
    note: 'Code 2.001035 recalled; since 1/7/2025 land/house contracts are certified at the commune. Duration "trong ngày hoặc không quá 02 ngày làm việc" — modelled as 2.',
  },
  {
    code: '2.001019',
    name: 'Thủ tục chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
    field: 'Chứng thực',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_CT,
    steps: CT_STEPS,
    methods: channels(days(2), FIXED(30000, '30.000 đồng/hợp đồng, giao dịch (Thông tư 226/2016/TT-BTC)'), [
      'IN_PERSON',
    ]),
    documents: [
      doc('Chung', 'Phiếu yêu cầu chứng thực', 1, 0, 'CT-PHIEU-YEU-CAU'),
      doc('Chung', 'Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ', 1, 0),
      doc('Chung', 'Hợp đồng, giao dịch đã được chứng thực', 1, 0),
    ],
    result: 'Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng được chứng thực',
    legalBasis: CT_BASE,
    conditions: null,
    onlineLevel: ONLINE_INFO,
    confirmed: false,
    note: 'Code and fee recalled.',
  },
  {
    code: '2.001016',
    name: 'Thủ tục sửa lỗi sai sót trong hợp đồng, giao dịch',
    field: 'Chứng thực',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_CT,
    steps: CT_STEPS,
    methods: channels(
      SAME_DAY_15,
      FIXED(25000, '25.000 đồng/hợp đồng, giao dịch (Thông tư 226/2016/TT-BTC)'),
      ['IN_PERSON'],
    ),
    documents: [doc('Chung', 'Hợp đồng, giao dịch đã được chứng thực có lỗi sai sót', 1, 0), ID_DOC()],
    result: 'Hợp đồng, giao dịch đã được sửa lỗi sai sót',
    legalBasis: CT_BASE,
    conditions: 'Chỉ sửa lỗi kỹ thuật (đánh máy, chính tả) với sự đồng ý của các bên.',
    onlineLevel: ONLINE_INFO,
    confirmed: false,
    note: 'Code and fee recalled.',
  },
  {
    code: '2.000942',
    name: 'Thủ tục cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực',
    field: 'Chứng thực',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_CT,
    steps: CT_STEPS,
    methods: channels(
      SAME_DAY_15,
      {
        kind: 'PER_PAGE',
        amountVnd: 2000,
        description: '2.000 đồng/trang; từ trang thứ 3 trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
      },
      ['IN_PERSON', 'ONLINE'],
    ),
    documents: [doc('Chung', 'Đơn/phiếu yêu cầu cấp bản sao', 1, 0), ID_DOC()],
    result: 'Bản sao có chứng thực hợp đồng, giao dịch',
    legalBasis: CT_BASE,
    conditions: 'Người yêu cầu là bên tham gia hợp đồng hoặc người có quyền, lợi ích liên quan.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code seen in third-party catalogues.',
  },
  {
    code: '2.000992',
    name: 'Thủ tục chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật',
    field: 'Chứng thực',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: 'Phòng Tư pháp cấp huyện (đến 30/6/2025); từ 01/7/2025: UBND cấp xã',
    steps: CT_STEPS,
    methods: channels(SAME_DAY_15, FIXED(10000, '10.000 đồng/trường hợp'), ['IN_PERSON']),
    documents: [doc('Chung', 'Bản dịch đính kèm giấy tờ, văn bản cần dịch', 1, 0), ID_DOC()],
    result: 'Bản dịch được chứng thực chữ ký người dịch',
    legalBasis: CT_BASE,
    conditions: 'Người dịch có tên trong danh sách cộng tác viên dịch thuật của cơ quan chứng thực.',
    onlineLevel: ONLINE_INFO,
    confirmed: false,
    note: 'Code seen in third-party catalogues.',
  },
  {
    code: '2.001008',
    name: 'Thủ tục chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật',
    field: 'Chứng thực',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: 'Phòng Tư pháp cấp huyện (đến 30/6/2025); từ 01/7/2025: UBND cấp xã',
    steps: CT_STEPS,
    methods: channels(SAME_DAY_15, FIXED(10000, '10.000 đồng/trường hợp'), ['IN_PERSON']),
    documents: [
      doc('Chung', 'Bản dịch đính kèm giấy tờ, văn bản cần dịch', 1, 0),
      doc(
        'Chung',
        'Bằng tốt nghiệp đại học trở lên về ngoại ngữ cần dịch hoặc văn bằng chứng minh năng lực dịch',
        1,
        1,
      ),
      ID_DOC(),
    ],
    result: 'Bản dịch được chứng thực chữ ký người dịch',
    legalBasis: CT_BASE,
    conditions: null,
    onlineLevel: ONLINE_INFO,
    confirmed: false,
    note: 'Code seen in third-party catalogues.',
  },
  {
    code: '2.001406',
    name: 'Thủ tục chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    field: 'Chứng thực',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_CT,
    steps: [
      ...CT_STEPS.slice(0, 1),
      'Niêm yết việc thụ lý tại trụ sở UBND cấp xã nơi có bất động sản trong 15 ngày (đối với bất động sản)',
      ...CT_STEPS.slice(1),
    ],
    methods: channels(days(2), FIXED(50000, '50.000 đồng/văn bản'), ['IN_PERSON']),
    documents: [
      doc('Chung', 'Phiếu yêu cầu chứng thực', 1, 0, 'CT-PHIEU-YEU-CAU'),
      doc('Chung', 'Dự thảo văn bản thỏa thuận phân chia di sản', 1, 0),
      doc(
        'Chung',
        'Giấy tờ chứng minh quan hệ với người để lại di sản; giấy chứng tử; giấy tờ về tài sản',
        0,
        1,
      ),
    ],
    result: 'Văn bản thỏa thuận phân chia di sản được chứng thực',
    legalBasis: CT_BASE,
    conditions: null,
    onlineLevel: ONLINE_INFO,
    confirmed: false,
    note: 'Code 2.001406 is a best guess; the 15-day public posting (niêm yết) is not counted in the 2 working days.',
  },

  // ========================================================= Hộ kinh doanh
  {
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_HKD,
    steps: HKD_STEPS,
    methods: channels(
      days(3),
      BY_PROVINCE(
        'Lệ phí đăng ký hộ kinh doanh do HĐND tỉnh quy định (thường 50.000–100.000 đồng; nhiều tỉnh miễn/giảm khi nộp trực tuyến)',
      ),
    ),
    documents: [
      doc('Chung', 'Giấy đề nghị đăng ký hộ kinh doanh', 1, 0, 'HKD-GIAY-DE-NGHI-DANG-KY'),
      doc(
        'Các thành viên hộ gia đình cùng thành lập',
        'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh',
        1,
        0,
      ),
      doc(
        'Các thành viên hộ gia đình cùng thành lập',
        'Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh',
        1,
        0,
      ),
      doc(
        'Chung',
        'Bản sao giấy tờ pháp lý của cá nhân chủ hộ (chỉ khi chưa khai thác được từ Cơ sở dữ liệu quốc gia về dân cư)',
        0,
        1,
      ),
    ],
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    legalBasis: HKD_BASE,
    conditions:
      'Ngành, nghề không bị cấm; tên hộ kinh doanh không trùng trong phạm vi cơ quan đăng ký; hồ sơ hợp lệ; nộp đủ lệ phí.',
    onlineLevel: ONLINE_FULL,
    confirmed: true,
    note: 'District (Phòng Tài chính – Kế hoạch) until 30/6/2025; commune since 1/7/2025 under Nghị định 168/2025/NĐ-CP (decree number/date recalled, verify).',
  },
  {
    code: '2.000720',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_HKD,
    steps: HKD_STEPS,
    methods: channels(days(3), BY_PROVINCE('Lệ phí do HĐND tỉnh quy định')),
    documents: [
      doc('Chung', 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 1, 0),
      doc(
        'Thay đổi chủ hộ',
        'Hợp đồng/giấy tờ chuyển nhượng, tặng cho, thừa kế; biên bản họp thành viên hộ gia đình',
        1,
        0,
      ),
    ],
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh (cập nhật)',
    legalBasis: HKD_BASE,
    conditions: null,
    onlineLevel: ONLINE_FULL,
    confirmed: false,
    note: 'Code 2.000720 recalled and consistent with third-party catalogues.',
  },
  {
    code: '1.001570',
    name: 'Tạm ngừng hoạt động hộ kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_HKD,
    steps: HKD_STEPS,
    methods: channels(days(3), FREE('Không thu lệ phí')),
    documents: [
      doc('Chung', 'Thông báo về việc tạm ngừng kinh doanh / tiếp tục kinh doanh trước thời hạn', 1, 0),
    ],
    result: 'Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh / tiếp tục kinh doanh',
    legalBasis: HKD_BASE,
    conditions: 'Thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng hoặc tiếp tục kinh doanh.',
    onlineLevel: ONLINE_FULL,
    confirmed: false,
    note: 'Code assignment (1.001570 = tạm ngừng, 1.001266 = chấm dứt) follows third-party catalogues; our own recollection had them swapped — verify.',
  },
  {
    code: '1.001266',
    name: 'Chấm dứt hoạt động hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_HKD,
    steps: HKD_STEPS,
    methods: channels(days(3), FREE('Không thu lệ phí')),
    documents: [
      doc('Chung', 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh', 1, 0),
      doc(
        'Chung',
        'Thông báo của cơ quan thuế về việc chấm dứt hiệu lực mã số thuế / hoàn thành nghĩa vụ thuế',
        0,
        1,
      ),
      doc('Chung', 'Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh', 1, 0),
    ],
    result: 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh (cập nhật tình trạng trên hệ thống)',
    legalBasis: HKD_BASE,
    conditions: 'Đã hoàn thành nghĩa vụ thuế.',
    onlineLevel: ONLINE_FULL,
    confirmed: false,
    note: 'See the note on 1.001570 about the code assignment.',
  },
  {
    code: '2.000575',
    name: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_HKD,
    steps: HKD_STEPS,
    methods: channels(days(3), BY_PROVINCE('Lệ phí do HĐND tỉnh quy định')),
    documents: [doc('Chung', 'Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 1, 0)],
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)',
    legalBasis: HKD_BASE,
    conditions: 'Giấy chứng nhận bị mất, cháy, rách, nát hoặc hư hỏng.',
    onlineLevel: ONLINE_FULL,
    confirmed: false,
    note: 'Code from third-party catalogues.',
  },

  // ===================================================== Thi đua – khen thưởng
  {
    code: '1.000775',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch UBND cấp huyện về thành tích thực hiện nhiệm vụ chính trị',
    field: 'Thi đua – khen thưởng',
    levels: ['DISTRICT'],
    implementingAgency: AG_TDKT_HUYEN,
    steps: TDKT_STEPS,
    methods: channels(days(20), FREE('Không thu phí, lệ phí'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc('Chung', 'Tờ trình đề nghị khen thưởng', 1, 0, 'TDKT-TO-TRINH'),
      doc('Chung', 'Biên bản họp Hội đồng Thi đua – Khen thưởng cơ quan, đơn vị', 1, 0),
      doc('Chung', 'Báo cáo thành tích của tập thể, cá nhân được đề nghị khen thưởng', 1, 0),
    ],
    result: 'Quyết định khen thưởng kèm Giấy khen',
    legalBasis: TDKT_BASE,
    conditions: 'Đạt tiêu chuẩn Giấy khen theo Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'National code not verified (codes were re-issued after Nghị định 98/2023). 20 working days is best knowledge. The article (2019) says Lai Vung ran this field at online level 3. Award forms of the district chairman ended with the district level on 1/7/2025.',
  },
  {
    code: '1.000804',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch UBND cấp huyện về thành tích thi đua theo đợt hoặc chuyên đề',
    field: 'Thi đua – khen thưởng',
    levels: ['DISTRICT'],
    implementingAgency: AG_TDKT_HUYEN,
    steps: TDKT_STEPS,
    methods: channels(days(20), FREE('Không thu phí, lệ phí'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc('Chung', 'Tờ trình đề nghị khen thưởng', 1, 0, 'TDKT-TO-TRINH'),
      doc('Chung', 'Báo cáo thành tích (tóm tắt) của tập thể, cá nhân', 1, 0),
    ],
    result: 'Quyết định khen thưởng kèm Giấy khen',
    legalBasis: TDKT_BASE,
    conditions: null,
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'National code not verified; duration best knowledge.',
  },
  {
    code: '1.000748',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch UBND cấp huyện về thành tích đột xuất',
    field: 'Thi đua – khen thưởng',
    levels: ['DISTRICT'],
    implementingAgency: AG_TDKT_HUYEN,
    steps: TDKT_STEPS,
    methods: channels(days(10), FREE('Không thu phí, lệ phí'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc('Chung', 'Tờ trình đề nghị khen thưởng', 1, 0, 'TDKT-TO-TRINH'),
      doc('Chung', 'Báo cáo tóm tắt thành tích đột xuất', 1, 0),
    ],
    result: 'Quyết định khen thưởng kèm Giấy khen',
    legalBasis: TDKT_BASE,
    conditions:
      'Lập được thành tích đột xuất trong lao động, sản xuất, chiến đấu, phục vụ chiến đấu, dũng cảm cứu người, tài sản.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'National code and duration not verified.',
  },
  {
    code: '1.000843',
    name: 'Thủ tục tặng danh hiệu Chiến sĩ thi đua cơ sở',
    field: 'Thi đua – khen thưởng',
    levels: ['DISTRICT'],
    implementingAgency: AG_TDKT_HUYEN,
    steps: TDKT_STEPS,
    methods: channels(days(20), FREE('Không thu phí, lệ phí'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc('Chung', 'Tờ trình đề nghị khen thưởng', 1, 0, 'TDKT-TO-TRINH'),
      doc('Chung', 'Báo cáo thành tích cá nhân; sáng kiến/giải pháp được công nhận', 1, 0),
      doc('Chung', 'Biên bản họp Hội đồng Thi đua – Khen thưởng', 1, 0),
    ],
    result: 'Quyết định công nhận danh hiệu Chiến sĩ thi đua cơ sở',
    legalBasis: TDKT_BASE,
    conditions: 'Đạt danh hiệu Lao động tiên tiến và có sáng kiến/giải pháp được công nhận.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'National code not verified.',
  },
  {
    code: '1.000736',
    name: 'Thủ tục tặng danh hiệu Lao động tiên tiến',
    field: 'Thi đua – khen thưởng',
    levels: ['DISTRICT'],
    implementingAgency: AG_TDKT_HUYEN,
    steps: TDKT_STEPS,
    methods: channels(days(20), FREE('Không thu phí, lệ phí'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc('Chung', 'Tờ trình đề nghị kèm danh sách cá nhân', 1, 0, 'TDKT-TO-TRINH'),
      doc('Chung', 'Biên bản họp Hội đồng Thi đua – Khen thưởng', 1, 0),
    ],
    result: 'Quyết định công nhận danh hiệu Lao động tiên tiến',
    legalBasis: TDKT_BASE,
    conditions: null,
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'National code is a placeholder-quality guess; verify.',
  },
  {
    code: '1.000933',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch UBND cấp xã về thành tích thi đua theo đợt, chuyên đề hoặc đột xuất',
    field: 'Thi đua – khen thưởng',
    levels: ['COMMUNE'],
    implementingAgency: AG_TDKT_XA,
    steps: TDKT_STEPS,
    methods: channels(days(10), FREE('Không thu phí, lệ phí'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc('Chung', 'Tờ trình đề nghị khen thưởng', 1, 0, 'TDKT-TO-TRINH'),
      doc('Chung', 'Báo cáo thành tích (tóm tắt)', 1, 0),
    ],
    result: 'Quyết định khen thưởng kèm Giấy khen',
    legalBasis: TDKT_BASE,
    conditions: null,
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'National code and duration not verified.',
  },

  // ================================================================ Đất đai
  {
    code: '1.012753',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu (hộ gia đình, cá nhân)',
    field: 'Đất đai',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_DAT,
    steps: [
      'Người sử dụng đất nộp hồ sơ tại Bộ phận Một cửa (hoặc Chi nhánh Văn phòng đăng ký đất đai)',
      'UBND cấp xã xác nhận hiện trạng, tình trạng tranh chấp, nguồn gốc, thời điểm sử dụng đất, sự phù hợp quy hoạch; niêm yết công khai',
      'Văn phòng đăng ký đất đai kiểm tra, trích lục/trích đo bản đồ, gửi thông tin xác định nghĩa vụ tài chính cho cơ quan thuế',
      'Người sử dụng đất nộp nghĩa vụ tài chính; cơ quan có thẩm quyền ký cấp Giấy chứng nhận',
      'Trả Giấy chứng nhận',
    ],
    methods: channels(
      days(20),
      BY_PROVINCE(
        'Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ do HĐND tỉnh quy định; ngoài ra nghĩa vụ tài chính về đất (tiền sử dụng đất, lệ phí trước bạ) nếu có',
      ),
      ['IN_PERSON', 'ONLINE', 'POST'],
    ),
    documents: [
      doc('Chung', 'Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK)', 1, 0),
      doc('Chung', 'Giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai 2024 (nếu có)', 0, 1),
      doc('Chung', 'Mảnh trích đo bản đồ địa chính (nếu có)', 1, 0),
      doc('Có tài sản gắn liền với đất', 'Giấy tờ về tài sản gắn liền với đất', 0, 1),
    ],
    result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    legalBasis: DAT_BASE,
    conditions: 'Đủ điều kiện cấp Giấy chứng nhận theo Điều 137–140 Luật Đất đai 2024.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code 1.012753 from third-party catalogues (2024 land law codes); "Mẫu số 04/ĐK" is the pre-2024 form name and may have changed under Nghị định 101/2024. 20 working days excludes time in remote areas/ financial obligations. Under Luật Đất đai 2013 (before 1/8/2024) the district People\'s Committee issued the certificate.',
  },
  {
    code: '1.013831',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế',
    field: 'Đất đai',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: 'Chi nhánh Văn phòng đăng ký đất đai (tiếp nhận qua Bộ phận Một cửa cấp huyện/xã)',
    steps: [
      'Nộp hồ sơ tại Bộ phận Một cửa hoặc Chi nhánh Văn phòng đăng ký đất đai',
      'Kiểm tra hồ sơ, gửi thông tin sang cơ quan thuế để xác định nghĩa vụ tài chính',
      'Người sử dụng đất nộp nghĩa vụ tài chính',
      'Chỉnh lý Giấy chứng nhận hoặc cấp Giấy chứng nhận mới; cập nhật hồ sơ địa chính',
      'Trả kết quả',
    ],
    methods: channels(
      days(10),
      BY_PROVINCE(
        'Lệ phí, phí thẩm định do HĐND tỉnh quy định; thuế thu nhập cá nhân và lệ phí trước bạ nếu có',
      ),
      ['IN_PERSON', 'ONLINE', 'POST'],
    ),
    documents: [
      doc('Chung', 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', 1, 0),
      doc('Chung', 'Hợp đồng, văn bản chuyển nhượng/tặng cho/thừa kế đã công chứng hoặc chứng thực', 1, 0),
      doc('Chung', 'Bản gốc Giấy chứng nhận đã cấp', 1, 0),
      doc('Chung', 'Tờ khai thuế thu nhập cá nhân, tờ khai lệ phí trước bạ', 1, 0),
    ],
    result: 'Giấy chứng nhận đã chỉnh lý hoặc Giấy chứng nhận mới',
    legalBasis: DAT_BASE,
    conditions: 'Đất có Giấy chứng nhận, không có tranh chấp, không bị kê biên, còn thời hạn sử dụng.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code from third-party catalogues; 10 working days best knowledge.',
  },
  {
    code: '1.013992',
    name: 'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với cá nhân',
    field: 'Đất đai',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency:
      'UBND cấp huyện (Phòng Tài nguyên và Môi trường) đến 30/6/2025; từ 01/7/2025: Chủ tịch UBND cấp xã',
    steps: [
      'Nộp đơn xin chuyển mục đích sử dụng đất kèm Giấy chứng nhận',
      'Cơ quan tài nguyên và môi trường thẩm tra, xác minh thực địa, thẩm định nhu cầu sử dụng đất',
      'Trình UBND/Chủ tịch UBND quyết định cho phép chuyển mục đích',
      'Người sử dụng đất nộp tiền sử dụng đất; chỉnh lý Giấy chứng nhận',
      'Trả kết quả',
    ],
    methods: channels(
      days(15),
      BY_PROVINCE('Phí thẩm định, lệ phí do HĐND tỉnh quy định; tiền sử dụng đất theo quy định'),
      ['IN_PERSON', 'ONLINE', 'POST'],
    ),
    documents: [
      doc('Chung', 'Đơn xin chuyển mục đích sử dụng đất', 1, 0),
      doc('Chung', 'Giấy chứng nhận quyền sử dụng đất (bản gốc)', 1, 0),
    ],
    result: 'Quyết định cho phép chuyển mục đích sử dụng đất; Giấy chứng nhận được chỉnh lý',
    legalBasis: DAT_BASE,
    conditions: 'Phù hợp kế hoạch sử dụng đất cấp huyện (nay: quy hoạch sử dụng đất được duyệt).',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code from third-party catalogues; 15 working days best knowledge (excludes time to pay land levy).',
  },
  {
    code: '1.003554',
    name: 'Thủ tục hòa giải tranh chấp đất đai',
    field: 'Đất đai',
    levels: ['COMMUNE'],
    implementingAgency: 'Ủy ban nhân dân cấp xã (Hội đồng hòa giải tranh chấp đất đai)',
    steps: [
      'Người có đơn nộp đơn yêu cầu hòa giải tại Bộ phận Một cửa',
      'UBND cấp xã thẩm tra, xác minh nguyên nhân, thu thập giấy tờ; thành lập Hội đồng hòa giải',
      'Tổ chức cuộc họp hòa giải có mặt các bên; lập biên bản hòa giải thành hoặc không thành',
    ],
    methods: channels(days(30), FREE('Không thu phí'), ['IN_PERSON', 'POST']),
    documents: [
      doc('Chung', 'Đơn yêu cầu hòa giải tranh chấp đất đai', 1, 0),
      doc('Chung', 'Giấy tờ liên quan đến thửa đất tranh chấp', 0, 1),
    ],
    result: 'Biên bản hòa giải thành hoặc không thành',
    legalBasis: [L.luatDatDai2024, L.nd102_2024],
    conditions: null,
    onlineLevel: ONLINE_INFO,
    confirmed: false,
    note: 'National code is a guess. Luật Đất đai 2024 Điều 235 gives 30 days (calendar days) — modelled as working days; verify.',
  },

  // ================================================================ Xây dựng
  {
    code: '1.013225',
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    field: 'Hoạt động xây dựng',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_XD,
    steps: [
      'Chủ đầu tư nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến',
      'Cơ quan cấp phép kiểm tra hồ sơ (yêu cầu bổ sung một lần trong 05 ngày làm việc nếu chưa đầy đủ), kiểm tra thực địa',
      'Xem xét hồ sơ, lấy ý kiến cơ quan liên quan (nếu cần), cấp giấy phép',
      'Trả kết quả',
    ],
    methods: channels(
      days(15),
      BY_PROVINCE(
        'Lệ phí cấp giấy phép xây dựng do HĐND tỉnh quy định (phổ biến 75.000 đồng/giấy phép đối với nhà ở riêng lẻ)',
      ),
      ['IN_PERSON', 'ONLINE', 'POST'],
    ),
    documents: [
      doc('Chung', 'Đơn đề nghị cấp giấy phép xây dựng', 1, 0, 'XD-DON-CAP-GPXD'),
      doc('Chung', 'Giấy tờ hợp pháp về quyền sử dụng đất', 0, 1),
      doc(
        'Chung',
        'Hai bộ bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng, đấu nối hạ tầng)',
        2,
        0,
      ),
      doc(
        'Công trình liền kề có nguy cơ ảnh hưởng',
        'Bản cam kết bảo đảm an toàn đối với công trình liền kề',
        1,
        0,
      ),
    ],
    result: 'Giấy phép xây dựng',
    legalBasis: XD_BASE,
    conditions:
      'Phù hợp quy hoạch chi tiết / quy chế quản lý kiến trúc; bảo đảm an toàn công trình liền kề; thiết kế đáp ứng quy chuẩn.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code 1.013225 (series published after Nghị định 175/2024/NĐ-CP) from third-party catalogues; older provincial catalogues used different codes. 15 days per Luật Xây dựng Điều 102 (ngày, modelled as working days).',
  },
  {
    code: '1.013227',
    name: 'Gia hạn giấy phép xây dựng',
    field: 'Hoạt động xây dựng',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_XD,
    steps: [
      'Nộp đơn đề nghị gia hạn kèm bản chính giấy phép',
      'Cơ quan cấp phép xem xét, gia hạn',
      'Trả kết quả',
    ],
    methods: channels(days(5), BY_PROVINCE('Lệ phí do HĐND tỉnh quy định'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc('Chung', 'Đơn đề nghị gia hạn giấy phép xây dựng', 1, 0),
      doc('Chung', 'Bản chính giấy phép xây dựng đã được cấp', 1, 0),
    ],
    result: 'Giấy phép xây dựng được gia hạn',
    legalBasis: XD_BASE,
    conditions:
      'Công trình chưa khởi công trong 12 tháng kể từ ngày cấp phép; mỗi giấy phép gia hạn tối đa 02 lần, mỗi lần 12 tháng.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code from third-party catalogues.',
  },
  {
    code: '1.013228',
    name: 'Cấp lại giấy phép xây dựng',
    field: 'Hoạt động xây dựng',
    levels: ['DISTRICT', 'COMMUNE'],
    implementingAgency: AG_XD,
    steps: ['Nộp đơn đề nghị cấp lại', 'Cơ quan cấp phép xem xét, cấp lại', 'Trả kết quả'],
    methods: channels(days(5), BY_PROVINCE('Lệ phí do HĐND tỉnh quy định'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc('Chung', 'Đơn đề nghị cấp lại giấy phép xây dựng (nêu rõ lý do)', 1, 0),
      doc('Giấy phép bị rách, nát', 'Bản chính giấy phép xây dựng', 1, 0),
    ],
    result: 'Giấy phép xây dựng cấp lại',
    legalBasis: XD_BASE,
    conditions: 'Giấy phép bị rách, nát hoặc bị mất.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code from third-party catalogues.',
  },

  // ======================================================== Bảo trợ xã hội
  {
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng',
    field: 'Bảo trợ xã hội',
    levels: ['COMMUNE', 'DISTRICT'],
    implementingAgency: AG_BTXH,
    steps: [
      'Đối tượng hoặc người giám hộ nộp tờ khai tại Bộ phận Một cửa cấp xã',
      'Công chức Lao động – Thương binh và Xã hội xã kiểm tra; Hội đồng xét duyệt (nếu có) xét; niêm yết công khai 02 ngày làm việc',
      'Chủ tịch UBND cấp xã có văn bản gửi cấp huyện (đến 30/6/2025) hoặc trực tiếp quyết định (từ 01/7/2025)',
      'Quyết định trợ cấp; chi trả từ tháng ban hành quyết định',
    ],
    methods: channels(days(22), FREE('Không thu phí, lệ phí'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc('Chung', 'Tờ khai đề nghị trợ giúp xã hội theo mẫu', 1, 0, 'BTXH-TO-KHAI-TRO-CAP'),
      doc('Người khuyết tật', 'Giấy xác nhận khuyết tật', 0, 1),
      doc(
        'Người đơn thân nghèo / hộ nghèo',
        'Giấy tờ chứng minh thuộc hộ nghèo (nếu chưa khai thác được từ cơ sở dữ liệu)',
        0,
        1,
      ),
    ],
    result: 'Quyết định trợ cấp xã hội hằng tháng / hỗ trợ kinh phí chăm sóc, nuôi dưỡng',
    legalBasis: BTXH_BASE,
    conditions: 'Thuộc đối tượng bảo trợ xã hội theo Điều 5 Nghị định 20/2021/NĐ-CP.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code well known; 22 working days is our sum of the commune (10 + 2 niêm yết) and district (7 + 3) steps before 1/7/2025 — verify; the two-tier model is shorter.',
  },
  {
    code: '1.001699',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    field: 'Bảo trợ xã hội',
    levels: ['COMMUNE'],
    implementingAgency: 'Hội đồng xác định mức độ khuyết tật cấp xã; Chủ tịch UBND cấp xã cấp Giấy xác nhận',
    steps: [
      'Người đề nghị nộp đơn tại Bộ phận Một cửa cấp xã',
      'Chủ tịch UBND cấp xã triệu tập Hội đồng xác định mức độ khuyết tật; Hội đồng quan sát, phỏng vấn, đánh giá',
      'Niêm yết, thông báo công khai kết luận',
      'Chủ tịch UBND cấp xã cấp Giấy xác nhận khuyết tật',
    ],
    methods: channels(days(25), FREE('Không thu phí, lệ phí'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc(
        'Chung',
        'Đơn đề nghị xác định, xác định lại mức độ khuyết tật (Mẫu số 01 Thông tư 01/2019/TT-BLĐTBXH)',
        1,
        0,
      ),
      doc(
        'Có kết luận của Hội đồng giám định y khoa',
        'Bản sao kết luận của Hội đồng giám định y khoa (nếu có)',
        0,
        1,
      ),
      doc('Chung', 'Bản sao giấy tờ liên quan đến khuyết tật (bệnh án, giấy khám…)', 0, 1),
    ],
    result: 'Giấy xác nhận khuyết tật',
    legalBasis: [L.luatNkt, L.nd28_2012, L.tt01_2019_ldtbxh],
    conditions: null,
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code well known; 25 working days (20 for the council + 5 for issuing) is best knowledge.',
  },
  {
    code: '1.001653',
    name: 'Đổi, cấp lại Giấy xác nhận khuyết tật',
    field: 'Bảo trợ xã hội',
    levels: ['COMMUNE'],
    implementingAgency: 'Chủ tịch UBND cấp xã',
    steps: [
      'Nộp đơn tại Bộ phận Một cửa cấp xã',
      'Kiểm tra hồ sơ lưu; đổi hoặc cấp lại Giấy xác nhận',
      'Trả kết quả',
    ],
    methods: channels(days(5), FREE('Không thu phí, lệ phí'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc('Chung', 'Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật', 1, 0),
      doc('Đổi', 'Giấy xác nhận khuyết tật cũ', 1, 0),
    ],
    result: 'Giấy xác nhận khuyết tật (đổi / cấp lại)',
    legalBasis: [L.luatNkt, L.nd28_2012, L.tt01_2019_ldtbxh],
    conditions: null,
    onlineLevel: ONLINE_FULL,
    confirmed: false,
    note: 'Code from third-party catalogues; 5 working days best knowledge.',
  },
  {
    code: '1.001731',
    name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    field: 'Bảo trợ xã hội',
    levels: ['COMMUNE', 'DISTRICT'],
    implementingAgency: AG_BTXH,
    steps: [
      'Cơ quan, tổ chức, cá nhân tổ chức mai táng nộp tờ khai tại Bộ phận Một cửa cấp xã',
      'UBND cấp xã kiểm tra, đề nghị (đến 30/6/2025 gửi cấp huyện quyết định)',
      'Quyết định hỗ trợ chi phí mai táng và chi trả',
    ],
    methods: channels(days(6), FREE('Không thu phí, lệ phí'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc('Chung', 'Tờ khai đề nghị hỗ trợ chi phí mai táng (Mẫu số 04 Nghị định 20/2021/NĐ-CP)', 1, 0),
      doc('Chung', 'Bản sao giấy chứng tử / trích lục khai tử', 0, 1),
    ],
    result: 'Quyết định hỗ trợ chi phí mai táng',
    legalBasis: BTXH_BASE,
    conditions:
      'Người chết thuộc diện hưởng trợ cấp xã hội hằng tháng hoặc đối tượng khác theo Điều 11 Nghị định 20/2021/NĐ-CP.',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code from third-party catalogues; 6 working days (3 commune + 3 district) best knowledge; form number recalled.',
  },
  {
    code: '1.011606',
    name: 'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm',
    field: 'Bảo trợ xã hội',
    levels: ['COMMUNE'],
    implementingAgency: 'Ủy ban nhân dân cấp xã (Ban chỉ đạo giảm nghèo cấp xã)',
    steps: [
      'Hộ gia đình nộp giấy đề nghị tại Bộ phận Một cửa cấp xã',
      'Ban chỉ đạo giảm nghèo xã tổ chức rà soát, thu thập thông tin hộ (phiếu B1)',
      'Niêm yết công khai kết quả, xử lý khiếu nại',
      'Chủ tịch UBND cấp xã quyết định công nhận, cấp Giấy chứng nhận hộ nghèo/cận nghèo',
    ],
    methods: channels(days(10), FREE('Không thu phí, lệ phí'), ['IN_PERSON', 'ONLINE', 'POST']),
    documents: [
      doc(
        'Chung',
        'Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo (Phụ lục ban hành kèm Quyết định 24/2021/QĐ-TTg)',
        1,
        0,
      ),
    ],
    result: 'Quyết định công nhận và Giấy chứng nhận hộ nghèo/hộ cận nghèo',
    legalBasis: [L.nd07_2021, L.qd24_2021],
    conditions: 'Hộ có mức sống dưới chuẩn nghèo/cận nghèo đa chiều giai đoạn 2021–2025 (chuẩn mới từ 2026).',
    onlineLevel: ONLINE_PARTIAL,
    confirmed: false,
    note: 'Code (1.011606) and 10-working-day duration are best knowledge; a new poverty standard applies from 2026.',
  },
];

/** Index by national procedure code (codes are unique in PROCEDURES). */
export const PROCEDURES_BY_CODE: Readonly<Record<string, ReferenceProcedure>> = Object.fromEntries(
  PROCEDURES.map((p) => [p.code, p]),
);
