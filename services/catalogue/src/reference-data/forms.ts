/**
 * Form templates (mẫu tờ khai / đơn) referenced by `formCode` in procedures.ts.
 *
 * The field lists reproduce the information the official forms ask for, in a structured form an
 * online portal can render. They are not a pixel copy of the paper forms; labels are Vietnamese,
 * keys are camelCase English. Legal sources are given per form; form numbers/annex names that we
 * could not verify are flagged with confirmed:false.
 */

export type FormFieldType =
  | 'TEXT'
  | 'TEXTAREA'
  | 'DATE'
  | 'NUMBER'
  | 'SELECT'
  | 'CHECKBOX'
  | 'ID_NUMBER'
  | 'PHONE'
  | 'EMAIL';

export interface FormFieldOption {
  value: string;
  label: string;
}

export interface FormField {
  /** camelCase English */
  key: string;
  type: FormFieldType;
  /** Vietnamese label */
  label: string;
  required: boolean;
  /** JavaScript RegExp source */
  pattern?: string;
  options?: FormFieldOption[];
  help?: string;
  maxLength?: number;
}

export interface ReferenceForm {
  code: string;
  title: string;
  legalSource: string;
  fields: FormField[];
  confirmed: boolean;
  note?: string;
}

/** 12-digit citizen identity number (CCCD / căn cước, also the personal identification number). */
export const CCCD_PATTERN = '^\\d{12}$';
/** Vietnamese mobile/landline in national format, 10 digits starting with 0. */
export const PHONE_PATTERN = '^0\\d{9}$';
/** Business household tax code / enterprise code: 10 digits, optionally -3 digits. */
export const TAX_CODE_PATTERN = '^\\d{10}(-\\d{3})?$';

const GENDER_OPTIONS: FormFieldOption[] = [
  { value: 'MALE', label: 'Nam' },
  { value: 'FEMALE', label: 'Nữ' },
];

const RELATIONSHIP_HELP = 'Quan hệ với người được đăng ký (ví dụ: cha, mẹ, ông, bà, người thân thích khác).';

/** Requester (người yêu cầu / người đi đăng ký) block shared by most civil-status forms. */
function requesterFields(withRelationship: boolean): FormField[] {
  const fields: FormField[] = [
    {
      key: 'requesterFullName',
      type: 'TEXT',
      label: 'Họ, chữ đệm, tên người yêu cầu',
      required: true,
      maxLength: 100,
    },
    {
      key: 'requesterIdNumber',
      type: 'ID_NUMBER',
      label: 'Số định danh cá nhân / số CCCD người yêu cầu',
      required: true,
      pattern: CCCD_PATTERN,
      help: 'Gồm 12 chữ số.',
    },
    {
      key: 'requesterResidence',
      type: 'TEXTAREA',
      label: 'Nơi cư trú người yêu cầu',
      required: true,
      maxLength: 300,
    },
    {
      key: 'requesterPhone',
      type: 'PHONE',
      label: 'Số điện thoại liên hệ',
      required: false,
      pattern: PHONE_PATTERN,
    },
    { key: 'requesterEmail', type: 'EMAIL', label: 'Thư điện tử', required: false, maxLength: 100 },
  ];
  if (withRelationship) {
    fields.push({
      key: 'relationshipToSubject',
      type: 'TEXT',
      label: 'Quan hệ với người được đăng ký',
      required: true,
      help: RELATIONSHIP_HELP,
      maxLength: 50,
    });
  }
  return fields;
}

function personFields(prefix: string, who: string, withIdNumber: boolean): FormField[] {
  const fields: FormField[] = [
    {
      key: `${prefix}FullName`,
      type: 'TEXT',
      label: `Họ, chữ đệm, tên ${who}`,
      required: true,
      maxLength: 100,
    },
    { key: `${prefix}DateOfBirth`, type: 'DATE', label: `Ngày, tháng, năm sinh ${who}`, required: true },
    { key: `${prefix}Ethnicity`, type: 'TEXT', label: `Dân tộc ${who}`, required: true, maxLength: 50 },
    { key: `${prefix}Nationality`, type: 'TEXT', label: `Quốc tịch ${who}`, required: true, maxLength: 50 },
    {
      key: `${prefix}Residence`,
      type: 'TEXTAREA',
      label: `Nơi cư trú ${who}`,
      required: true,
      maxLength: 300,
    },
  ];
  if (withIdNumber) {
    fields.splice(1, 0, {
      key: `${prefix}IdNumber`,
      type: 'ID_NUMBER',
      label: `Số định danh cá nhân / số CCCD ${who}`,
      required: true,
      pattern: CCCD_PATTERN,
    });
  }
  return fields;
}

const COPIES_FIELD: FormField = {
  key: 'extractCopiesRequested',
  type: 'NUMBER',
  label: 'Số lượng bản sao trích lục đề nghị cấp',
  required: false,
  help: 'Bản sao trích lục hộ tịch được cấp theo yêu cầu; có thể thu phí theo quy định.',
};

const COMMITMENT_FIELD: FormField = {
  key: 'commitment',
  type: 'CHECKBOX',
  label:
    'Tôi cam đoan nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình',
  required: true,
};

const RESULT_DELIVERY_FIELD: FormField = {
  key: 'resultDelivery',
  type: 'SELECT',
  label: 'Hình thức nhận kết quả',
  required: true,
  options: [
    { value: 'AT_DESK', label: 'Nhận trực tiếp tại Bộ phận Một cửa' },
    { value: 'POST', label: 'Nhận qua dịch vụ bưu chính công ích' },
    { value: 'ONLINE', label: 'Nhận bản điện tử trên Cổng dịch vụ công' },
  ],
};

const HT_SOURCE =
  'Mẫu ban hành kèm Thông tư 04/2020/TT-BTP, được sửa đổi, bổ sung bởi Thông tư 04/2024/TT-BTP (Bộ Tư pháp)';

export const FORMS: ReferenceForm[] = [
  {
    code: 'HT-TK-KHAI-SINH',
    title: 'Tờ khai đăng ký khai sinh',
    legalSource: HT_SOURCE,
    fields: [
      ...requesterFields(true),
      {
        key: 'childFullName',
        type: 'TEXT',
        label: 'Họ, chữ đệm, tên người được khai sinh',
        required: true,
        maxLength: 100,
      },
      { key: 'childGender', type: 'SELECT', label: 'Giới tính', required: true, options: GENDER_OPTIONS },
      { key: 'childDateOfBirth', type: 'DATE', label: 'Ngày, tháng, năm sinh', required: true },
      {
        key: 'childPlaceOfBirth',
        type: 'TEXTAREA',
        label: 'Nơi sinh',
        required: true,
        maxLength: 300,
        help: 'Tên cơ sở y tế hoặc địa chỉ nơi sinh.',
      },
      { key: 'childHometown', type: 'TEXT', label: 'Quê quán', required: true, maxLength: 200 },
      { key: 'childEthnicity', type: 'TEXT', label: 'Dân tộc', required: true, maxLength: 50 },
      { key: 'childNationality', type: 'TEXT', label: 'Quốc tịch', required: true, maxLength: 50 },
      ...personFields('mother', 'người mẹ', true),
      ...personFields('father', 'người cha', true).map((f) => ({ ...f, required: false })),
      COPIES_FIELD,
      RESULT_DELIVERY_FIELD,
      COMMITMENT_FIELD,
    ],
    confirmed: false,
    note: 'Field set follows the official Tờ khai đăng ký khai sinh; father fields optional (chưa xác định cha). Exact annex/form number under TT 04/2024/TT-BTP not verified.',
  },
  {
    code: 'HT-TK-KET-HON',
    title: 'Tờ khai đăng ký kết hôn',
    legalSource: HT_SOURCE,
    fields: [
      ...personFields('bride', 'bên nữ', true),
      ...personFields('groom', 'bên nam', true),
      {
        key: 'brideMaritalHistory',
        type: 'SELECT',
        label: 'Tình trạng hôn nhân bên nữ',
        required: true,
        options: [
          { value: 'NEVER_MARRIED', label: 'Chưa kết hôn lần nào' },
          { value: 'DIVORCED', label: 'Đã ly hôn' },
          { value: 'WIDOWED', label: 'Vợ/chồng đã chết' },
        ],
      },
      {
        key: 'groomMaritalHistory',
        type: 'SELECT',
        label: 'Tình trạng hôn nhân bên nam',
        required: true,
        options: [
          { value: 'NEVER_MARRIED', label: 'Chưa kết hôn lần nào' },
          { value: 'DIVORCED', label: 'Đã ly hôn' },
          { value: 'WIDOWED', label: 'Vợ/chồng đã chết' },
        ],
      },
      {
        key: 'voluntaryDeclaration',
        type: 'CHECKBOX',
        label:
          'Chúng tôi cam đoan tự nguyện kết hôn, đáp ứng đủ điều kiện kết hôn theo Luật Hôn nhân và gia đình',
        required: true,
      },
      {
        key: 'contactPhone',
        type: 'PHONE',
        label: 'Số điện thoại liên hệ',
        required: false,
        pattern: PHONE_PATTERN,
      },
      COPIES_FIELD,
      COMMITMENT_FIELD,
    ],
    confirmed: false,
    note: 'Both parties must be present when the certificate is signed, so results are not returned by post. Form number not verified.',
  },
  {
    code: 'HT-TK-KHAI-TU',
    title: 'Tờ khai đăng ký khai tử',
    legalSource: HT_SOURCE,
    fields: [
      ...requesterFields(true),
      {
        key: 'deceasedFullName',
        type: 'TEXT',
        label: 'Họ, chữ đệm, tên người chết',
        required: true,
        maxLength: 100,
      },
      {
        key: 'deceasedIdNumber',
        type: 'ID_NUMBER',
        label: 'Số định danh cá nhân / số CCCD người chết',
        required: false,
        pattern: CCCD_PATTERN,
      },
      { key: 'deceasedGender', type: 'SELECT', label: 'Giới tính', required: true, options: GENDER_OPTIONS },
      { key: 'deceasedDateOfBirth', type: 'DATE', label: 'Ngày, tháng, năm sinh', required: true },
      { key: 'deceasedEthnicity', type: 'TEXT', label: 'Dân tộc', required: true, maxLength: 50 },
      { key: 'deceasedNationality', type: 'TEXT', label: 'Quốc tịch', required: true, maxLength: 50 },
      {
        key: 'deceasedLastResidence',
        type: 'TEXTAREA',
        label: 'Nơi cư trú cuối cùng',
        required: true,
        maxLength: 300,
      },
      { key: 'dateOfDeath', type: 'DATE', label: 'Ngày chết', required: true },
      {
        key: 'timeOfDeath',
        type: 'TEXT',
        label: 'Giờ, phút chết',
        required: false,
        pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
        help: 'Định dạng HH:MM.',
      },
      { key: 'placeOfDeath', type: 'TEXTAREA', label: 'Nơi chết', required: true, maxLength: 300 },
      { key: 'causeOfDeath', type: 'TEXT', label: 'Nguyên nhân chết', required: true, maxLength: 200 },
      {
        key: 'deathNoticeNumber',
        type: 'TEXT',
        label: 'Số Giấy báo tử / giấy tờ thay Giấy báo tử',
        required: true,
        maxLength: 50,
      },
      COPIES_FIELD,
      RESULT_DELIVERY_FIELD,
      COMMITMENT_FIELD,
    ],
    confirmed: false,
    note: 'Form number not verified.',
  },
  {
    code: 'HT-TK-XN-HON-NHAN',
    title: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
    legalSource: HT_SOURCE,
    fields: [
      ...requesterFields(true),
      ...personFields('subject', 'người được cấp giấy', true),
      { key: 'subjectGender', type: 'SELECT', label: 'Giới tính', required: true, options: GENDER_OPTIONS },
      {
        key: 'residencePeriod',
        type: 'TEXT',
        label: 'Thời gian cư trú tại nơi đề nghị xác nhận (từ ngày … đến ngày …)',
        required: false,
        maxLength: 100,
      },
      {
        key: 'maritalStatus',
        type: 'SELECT',
        label: 'Tình trạng hôn nhân',
        required: true,
        options: [
          { value: 'NEVER_MARRIED', label: 'Chưa đăng ký kết hôn với ai' },
          { value: 'MARRIED', label: 'Đang có vợ/chồng' },
          { value: 'DIVORCED', label: 'Đã ly hôn, chưa kết hôn lại' },
          { value: 'WIDOWED', label: 'Vợ/chồng đã chết, chưa kết hôn lại' },
        ],
      },
      {
        key: 'purpose',
        type: 'TEXTAREA',
        label: 'Mục đích sử dụng Giấy xác nhận',
        required: true,
        maxLength: 300,
        help: 'Ví dụ: để đăng ký kết hôn với ông/bà …, tại …',
      },
      { key: 'copiesRequested', type: 'NUMBER', label: 'Số lượng Giấy xác nhận đề nghị cấp', required: true },
      COMMITMENT_FIELD,
    ],
    confirmed: false,
    note: 'Form number not verified.',
  },
  {
    code: 'HT-TK-NHAN-CMC',
    title: 'Tờ khai đăng ký nhận cha, mẹ, con',
    legalSource: HT_SOURCE,
    fields: [
      ...personFields('parent', 'người nhận (cha/mẹ)', true),
      ...personFields('child', 'người được nhận là con', false),
      {
        key: 'recognitionType',
        type: 'SELECT',
        label: 'Nội dung đăng ký',
        required: true,
        options: [
          { value: 'FATHER_RECOGNISES_CHILD', label: 'Cha nhận con' },
          { value: 'MOTHER_RECOGNISES_CHILD', label: 'Mẹ nhận con' },
          { value: 'CHILD_RECOGNISES_PARENT', label: 'Con nhận cha/mẹ' },
        ],
      },
      {
        key: 'consentOfOtherParty',
        type: 'CHECKBOX',
        label: 'Bên được nhận (hoặc người đại diện) đồng ý, không có tranh chấp',
        required: true,
      },
      COPIES_FIELD,
      COMMITMENT_FIELD,
    ],
    confirmed: false,
    note: 'Form number not verified.',
  },
  {
    code: 'HT-TK-THAY-DOI-CAI-CHINH',
    title: 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    legalSource: HT_SOURCE,
    fields: [
      ...requesterFields(true),
      ...personFields('subject', 'người được thay đổi, cải chính', false),
      {
        key: 'requestType',
        type: 'SELECT',
        label: 'Loại yêu cầu',
        required: true,
        options: [
          { value: 'CHANGE', label: 'Thay đổi' },
          { value: 'CORRECTION', label: 'Cải chính' },
          { value: 'SUPPLEMENT', label: 'Bổ sung thông tin' },
          { value: 'ETHNICITY', label: 'Xác định lại dân tộc' },
        ],
      },
      {
        key: 'originalRegistration',
        type: 'TEXT',
        label: 'Giấy tờ hộ tịch đã cấp (số, ngày, cơ quan cấp)',
        required: true,
        maxLength: 200,
      },
      { key: 'currentContent', type: 'TEXTAREA', label: 'Nội dung hiện tại', required: true, maxLength: 500 },
      {
        key: 'requestedContent',
        type: 'TEXTAREA',
        label: 'Nội dung đề nghị thay đổi, cải chính, bổ sung',
        required: true,
        maxLength: 500,
      },
      { key: 'reason', type: 'TEXTAREA', label: 'Lý do', required: true, maxLength: 500 },
      COPIES_FIELD,
      COMMITMENT_FIELD,
    ],
    confirmed: false,
    note: 'Form number not verified.',
  },
  {
    code: 'HT-TK-BAN-SAO-TRICH-LUC',
    title: 'Tờ khai cấp bản sao trích lục hộ tịch',
    legalSource: HT_SOURCE,
    fields: [
      ...requesterFields(true),
      {
        key: 'subjectFullName',
        type: 'TEXT',
        label: 'Họ, chữ đệm, tên người có sự kiện hộ tịch',
        required: true,
        maxLength: 100,
      },
      { key: 'subjectDateOfBirth', type: 'DATE', label: 'Ngày, tháng, năm sinh', required: false },
      {
        key: 'eventType',
        type: 'SELECT',
        label: 'Loại sự kiện hộ tịch',
        required: true,
        options: [
          { value: 'BIRTH', label: 'Khai sinh' },
          { value: 'MARRIAGE', label: 'Kết hôn' },
          { value: 'DEATH', label: 'Khai tử' },
          { value: 'RECOGNITION', label: 'Nhận cha, mẹ, con' },
          { value: 'GUARDIANSHIP', label: 'Giám hộ' },
          { value: 'CHANGE', label: 'Thay đổi, cải chính hộ tịch' },
          { value: 'OTHER', label: 'Khác' },
        ],
      },
      {
        key: 'registrationReference',
        type: 'TEXT',
        label: 'Số, quyển, ngày đăng ký (nếu biết)',
        required: false,
        maxLength: 100,
      },
      {
        key: 'registeringAuthority',
        type: 'TEXT',
        label: 'Cơ quan đã đăng ký',
        required: true,
        maxLength: 200,
      },
      { key: 'copiesRequested', type: 'NUMBER', label: 'Số lượng bản sao', required: true },
      RESULT_DELIVERY_FIELD,
      COMMITMENT_FIELD,
    ],
    confirmed: false,
    note: 'Form number not verified.',
  },
  {
    code: 'CT-PHIEU-YEU-CAU',
    title: 'Phiếu yêu cầu chứng thực hợp đồng, giao dịch',
    legalSource: 'Mẫu ban hành kèm Thông tư 01/2020/TT-BTP (Bộ Tư pháp) hướng dẫn Nghị định 23/2015/NĐ-CP',
    fields: [
      ...requesterFields(false),
      {
        key: 'contractType',
        type: 'TEXT',
        label: 'Tên hợp đồng, giao dịch yêu cầu chứng thực',
        required: true,
        maxLength: 200,
        help: 'Ví dụ: Hợp đồng chuyển nhượng quyền sử dụng đất; Hợp đồng tặng cho xe máy.',
      },
      {
        key: 'assetDescription',
        type: 'TEXTAREA',
        label: 'Tài sản liên quan (loại, số giấy chứng nhận, địa chỉ thửa đất/biển số…)',
        required: true,
        maxLength: 500,
      },
      { key: 'partyCount', type: 'NUMBER', label: 'Số bên tham gia hợp đồng, giao dịch', required: true },
      {
        key: 'draftProvidedBy',
        type: 'SELECT',
        label: 'Dự thảo hợp đồng',
        required: true,
        options: [
          { value: 'REQUESTER', label: 'Người yêu cầu tự soạn thảo' },
          { value: 'AUTHORITY', label: 'Đề nghị cơ quan chứng thực soạn thảo' },
        ],
      },
      {
        key: 'copiesRequested',
        type: 'NUMBER',
        label: 'Số bản chính hợp đồng cần chứng thực',
        required: true,
      },
      COMMITMENT_FIELD,
    ],
    confirmed: false,
    note: 'Decree 23/2015 requires no form for copy or signature certification; this request slip applies to contracts/transactions. Its form number (Mẫu 01?) under TT 01/2020/TT-BTP is not verified.',
  },
  {
    code: 'HKD-GIAY-DE-NGHI-DANG-KY',
    title: 'Giấy đề nghị đăng ký hộ kinh doanh',
    legalSource:
      'Phụ lục III-1 ban hành kèm Thông tư 01/2021/TT-BKHĐT; từ 01/7/2025 thay bằng mẫu ban hành kèm thông tư của Bộ Tài chính hướng dẫn Nghị định 168/2025/NĐ-CP',
    fields: [
      {
        key: 'householdBusinessName',
        type: 'TEXT',
        label: 'Tên hộ kinh doanh',
        required: true,
        maxLength: 200,
        help: 'Gồm cụm từ "Hộ kinh doanh" và tên riêng.',
      },
      {
        key: 'businessAddress',
        type: 'TEXTAREA',
        label: 'Địa chỉ trụ sở hộ kinh doanh',
        required: true,
        maxLength: 300,
      },
      { key: 'phone', type: 'PHONE', label: 'Điện thoại', required: false, pattern: PHONE_PATTERN },
      { key: 'email', type: 'EMAIL', label: 'Thư điện tử', required: false, maxLength: 100 },
      {
        key: 'businessLines',
        type: 'TEXTAREA',
        label: 'Ngành, nghề kinh doanh',
        required: true,
        maxLength: 1000,
      },
      { key: 'capitalVnd', type: 'NUMBER', label: 'Vốn kinh doanh (đồng)', required: true },
      { key: 'employeeCount', type: 'NUMBER', label: 'Số lượng lao động (dự kiến)', required: false },
      {
        key: 'ownerFullName',
        type: 'TEXT',
        label: 'Họ và tên chủ hộ kinh doanh',
        required: true,
        maxLength: 100,
      },
      { key: 'ownerGender', type: 'SELECT', label: 'Giới tính', required: true, options: GENDER_OPTIONS },
      { key: 'ownerDateOfBirth', type: 'DATE', label: 'Sinh ngày', required: true },
      { key: 'ownerEthnicity', type: 'TEXT', label: 'Dân tộc', required: true, maxLength: 50 },
      { key: 'ownerNationality', type: 'TEXT', label: 'Quốc tịch', required: true, maxLength: 50 },
      {
        key: 'ownerIdNumber',
        type: 'ID_NUMBER',
        label: 'Số định danh cá nhân / số CCCD chủ hộ',
        required: true,
        pattern: CCCD_PATTERN,
      },
      {
        key: 'ownerResidence',
        type: 'TEXTAREA',
        label: 'Nơi cư trú của chủ hộ',
        required: true,
        maxLength: 300,
      },
      {
        key: 'foundedByHouseholdMembers',
        type: 'CHECKBOX',
        label:
          'Hộ kinh doanh do các thành viên hộ gia đình đăng ký thành lập (kèm danh sách và biên bản họp)',
        required: false,
      },
      {
        key: 'taxRegistrationInfo',
        type: 'TEXTAREA',
        label: 'Thông tin đăng ký thuế (phương pháp tính thuế, ngày bắt đầu hoạt động…)',
        required: false,
        maxLength: 500,
      },
      COMMITMENT_FIELD,
    ],
    confirmed: false,
    note: 'Field set as in Phụ lục III-1 (TT 01/2021/TT-BKHĐT). The post-1/7/2025 circular (Bộ Tài chính) and its annex number are not verified.',
  },
  {
    code: 'TDKT-TO-TRINH',
    title: 'Tờ trình đề nghị khen thưởng',
    legalSource:
      'Mẫu số 01, Phụ lục ban hành kèm Nghị định 98/2023/NĐ-CP (Chính phủ) quy định chi tiết Luật Thi đua, khen thưởng',
    fields: [
      {
        key: 'proposingAgency',
        type: 'TEXT',
        label: 'Cơ quan, đơn vị trình',
        required: true,
        maxLength: 200,
      },
      { key: 'documentNumber', type: 'TEXT', label: 'Số, ký hiệu tờ trình', required: true, maxLength: 50 },
      { key: 'documentDate', type: 'DATE', label: 'Ngày tờ trình', required: true },
      {
        key: 'awardType',
        type: 'SELECT',
        label: 'Hình thức khen thưởng đề nghị',
        required: true,
        options: [
          { value: 'GIAY_KHEN_CT_UBND_HUYEN', label: 'Giấy khen của Chủ tịch UBND cấp huyện' },
          { value: 'GIAY_KHEN_CT_UBND_XA', label: 'Giấy khen của Chủ tịch UBND cấp xã' },
          { value: 'LAO_DONG_TIEN_TIEN', label: 'Danh hiệu Lao động tiên tiến' },
          { value: 'CHIEN_SI_THI_DUA_CO_SO', label: 'Danh hiệu Chiến sĩ thi đua cơ sở' },
          { value: 'TAP_THE_LAO_DONG_TIEN_TIEN', label: 'Danh hiệu Tập thể lao động tiên tiến' },
        ],
      },
      {
        key: 'awardBasis',
        type: 'SELECT',
        label: 'Loại khen thưởng',
        required: true,
        options: [
          { value: 'POLITICAL_TASK', label: 'Thành tích thực hiện nhiệm vụ chính trị (thường xuyên)' },
          { value: 'CAMPAIGN', label: 'Theo đợt, chuyên đề' },
          { value: 'EXTRAORDINARY', label: 'Đột xuất' },
          { value: 'DEDICATION', label: 'Quá trình cống hiến' },
          { value: 'FOREIGN', label: 'Đối ngoại' },
        ],
      },
      { key: 'collectiveCount', type: 'NUMBER', label: 'Số tập thể được đề nghị', required: true },
      { key: 'individualCount', type: 'NUMBER', label: 'Số cá nhân được đề nghị', required: true },
      {
        key: 'achievementSummary',
        type: 'TEXTAREA',
        label: 'Tóm tắt thành tích',
        required: true,
        maxLength: 4000,
      },
      {
        key: 'councilMeetingReference',
        type: 'TEXT',
        label: 'Biên bản họp Hội đồng Thi đua – Khen thưởng (số, ngày)',
        required: false,
        maxLength: 100,
      },
      {
        key: 'signerName',
        type: 'TEXT',
        label: 'Thủ trưởng cơ quan, đơn vị (ký, ghi rõ họ tên)',
        required: true,
        maxLength: 100,
      },
    ],
    confirmed: false,
    note: 'Form number "Mẫu số 01" of Decree 98/2023/NĐ-CP recalled, not verified. The award-type options are the forms a district/commune chairman could award before 1/7/2025; after the reorganisation the district forms no longer exist.',
  },
  {
    code: 'XD-DON-CAP-GPXD',
    title: 'Đơn đề nghị cấp giấy phép xây dựng (nhà ở riêng lẻ)',
    legalSource:
      'Mẫu số 01 Phụ lục II ban hành kèm Nghị định 15/2021/NĐ-CP; từ 2025 theo mẫu ban hành kèm Nghị định 175/2024/NĐ-CP (Chính phủ)',
    fields: [
      {
        key: 'ownerFullName',
        type: 'TEXT',
        label: 'Tên chủ đầu tư (chủ hộ)',
        required: true,
        maxLength: 100,
      },
      {
        key: 'ownerIdNumber',
        type: 'ID_NUMBER',
        label: 'Số định danh cá nhân / số CCCD',
        required: true,
        pattern: CCCD_PATTERN,
      },
      { key: 'ownerAddress', type: 'TEXTAREA', label: 'Địa chỉ liên hệ', required: true, maxLength: 300 },
      { key: 'ownerPhone', type: 'PHONE', label: 'Số điện thoại', required: true, pattern: PHONE_PATTERN },
      {
        key: 'siteAddress',
        type: 'TEXTAREA',
        label: 'Địa điểm xây dựng (lô đất, thửa đất số, tờ bản đồ số, địa chỉ)',
        required: true,
        maxLength: 300,
      },
      {
        key: 'landCertificateNumber',
        type: 'TEXT',
        label: 'Giấy tờ về quyền sử dụng đất (số, ngày cấp)',
        required: true,
        maxLength: 100,
      },
      {
        key: 'permitType',
        type: 'SELECT',
        label: 'Loại giấy phép đề nghị',
        required: true,
        options: [
          { value: 'NEW', label: 'Xây dựng mới' },
          { value: 'RENOVATION', label: 'Sửa chữa, cải tạo' },
          { value: 'RELOCATION', label: 'Di dời' },
        ],
      },
      { key: 'buildingLevel', type: 'TEXT', label: 'Cấp công trình', required: true, maxLength: 20 },
      { key: 'buildingFootprintM2', type: 'NUMBER', label: 'Diện tích xây dựng tầng 1 (m²)', required: true },
      { key: 'totalFloorAreaM2', type: 'NUMBER', label: 'Tổng diện tích sàn (m²)', required: true },
      { key: 'heightM', type: 'NUMBER', label: 'Chiều cao công trình (m)', required: true },
      {
        key: 'floorCount',
        type: 'NUMBER',
        label: 'Số tầng (kể cả tầng hầm, tầng lửng, tum)',
        required: true,
      },
      {
        key: 'designUnit',
        type: 'TEXT',
        label: 'Đơn vị hoặc người thiết kế (nếu có)',
        required: false,
        maxLength: 200,
      },
      {
        key: 'expectedCompletion',
        type: 'TEXT',
        label: 'Dự kiến thời gian hoàn thành công trình (tháng)',
        required: false,
        maxLength: 20,
      },
      COMMITMENT_FIELD,
    ],
    confirmed: false,
    note: 'Form numbering under Decree 175/2024/NĐ-CP not verified.',
  },
  {
    code: 'BTXH-TO-KHAI-TRO-CAP',
    title: 'Tờ khai đề nghị trợ giúp xã hội (trợ cấp xã hội hằng tháng)',
    legalSource:
      'Mẫu số 1a–1d Phụ lục ban hành kèm Nghị định 20/2021/NĐ-CP, sửa đổi bởi Nghị định 76/2024/NĐ-CP',
    fields: [
      ...personFields('beneficiary', 'đối tượng', true),
      {
        key: 'beneficiaryGender',
        type: 'SELECT',
        label: 'Giới tính',
        required: true,
        options: GENDER_OPTIONS,
      },
      {
        key: 'beneficiaryCategory',
        type: 'SELECT',
        label: 'Thuộc diện đối tượng',
        required: true,
        options: [
          { value: 'ORPHAN_CHILD', label: 'Trẻ em dưới 16 tuổi không có nguồn nuôi dưỡng' },
          { value: 'SINGLE_PARENT_POOR', label: 'Người đơn thân nghèo đang nuôi con' },
          { value: 'ELDERLY', label: 'Người cao tuổi' },
          { value: 'DISABLED', label: 'Người khuyết tật nặng, đặc biệt nặng' },
          { value: 'HIV_POOR', label: 'Người nhiễm HIV/AIDS thuộc hộ nghèo' },
          { value: 'OTHER', label: 'Khác' },
        ],
      },
      {
        key: 'disabilityCertificateNumber',
        type: 'TEXT',
        label: 'Số Giấy xác nhận khuyết tật (nếu có)',
        required: false,
        maxLength: 50,
      },
      {
        key: 'currentBenefits',
        type: 'TEXTAREA',
        label: 'Đang hưởng chế độ nào (lương hưu, trợ cấp BHXH, trợ cấp ưu đãi…)',
        required: false,
        maxLength: 300,
      },
      {
        key: 'paymentMethod',
        type: 'SELECT',
        label: 'Hình thức nhận trợ cấp',
        required: true,
        options: [
          { value: 'CASH', label: 'Tiền mặt qua tổ chức dịch vụ chi trả' },
          { value: 'BANK', label: 'Chuyển khoản' },
        ],
      },
      {
        key: 'bankAccount',
        type: 'TEXT',
        label: 'Số tài khoản (nếu nhận qua tài khoản)',
        required: false,
        maxLength: 30,
        pattern: '^\\d{6,20}$',
      },
      ...requesterFields(true).map((f) => ({ ...f, required: false })),
      COMMITMENT_FIELD,
    ],
    confirmed: false,
    note: 'Decree 20/2021 has one declaration per beneficiary group (1a–1d); they are merged here with a category selector.',
  },
];

/** Index by form code. */
export const FORMS_BY_CODE: Readonly<Record<string, ReferenceForm>> = Object.fromEntries(
  FORMS.map((f) => [f.code, f]),
);
