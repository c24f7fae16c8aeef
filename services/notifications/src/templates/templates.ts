import type { Channel } from '../db/schema';
import { countSegments, foldToGsm7 } from './gsm7';

/**
 * What a message says, per channel. Templates are versioned: a delivery-log row names the version it was queued
 * with, and a resend or retry renders that same version, so a change of wording never alters a message already
 * promised. A new wording is a new version appended to the list; old versions stay until no pending row uses them.
 *
 * Placeholders are {name}. Those every message may use come from the dossier's contact (`code`, `applicant`,
 * `procedure`); the rest are the event's (`appointment`, `reason`, `items`, `waybill`, `due`, `assignee`), stored
 * with the row. `unit.*` templates go to a unit's desk, not to the applicant.
 */
export type TemplateVersion = {
  version: number;
  /** Written with diacritics; folded to unaccented GSM-7 when sent, and kept to 160 characters where possible. */
  sms: string;
  email: { subject: string; body: string };
  /** Zalo ZNS: a template approved by Zalo, by its id, with named parameters. */
  zalo: { templateId: string; params: readonly string[] };
};

export const TEMPLATE_NAMES = [
  'dossier.submitted',
  'dossier.received',
  'dossier.supplement-requested',
  'dossier.refused',
  'dossier.apologized',
  'dossier.rescheduled',
  'dossier.result-ready',
  'dossier.result-ready-post',
  'postal.sent',
  'postal.delivered',
  'postal.returned',
  'unit.deadline-approaching',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

const greeting = 'Kính gửi Ông/Bà {applicant},\n\n';
const signature = '\n\nTrân trọng,\nBộ phận Một cửa\n(Thư gửi tự động, vui lòng không trả lời.)';

export const TEMPLATES: Record<TemplateName, readonly TemplateVersion[]> = {
  'dossier.submitted': [
    {
      version: 1,
      sms: 'Hồ sơ {code} đã được nộp trực tuyến, đang chờ Bộ phận Một cửa tiếp nhận. Tra cứu tại Cổng dịch vụ công.',
      email: {
        subject: 'Đã nộp hồ sơ {code}',
        body: `${greeting}Hồ sơ {code} ({procedure}) đã được nộp trực tuyến và đang chờ Bộ phận Một cửa kiểm tra, tiếp nhận. Ông/Bà sẽ nhận được thông báo khi hồ sơ được tiếp nhận.${signature}`,
      },
      zalo: { templateId: 'dvc_submitted_v1', params: ['code', 'procedure'] },
    },
  ],
  'dossier.received': [
    {
      version: 1,
      sms: 'Ho so {code} da duoc tiep nhan. Ngay hen tra ket qua: {appointment}.',
      email: {
        subject: 'Hồ sơ {code} đã được tiếp nhận',
        body: `${greeting}Hồ sơ {code} đã được tiếp nhận. Ngày hẹn trả kết quả: {appointment}.${signature}`,
      },
      zalo: { templateId: 'dvc_received_v1', params: ['code', 'appointment'] },
    },
    {
      version: 2,
      sms: 'Hồ sơ {code} đã được tiếp nhận. Ngày hẹn trả kết quả: {appointment}. Tra cứu tại Cổng dịch vụ công.',
      email: {
        subject: 'Hồ sơ {code} đã được tiếp nhận',
        body: `${greeting}Hồ sơ {code} ({procedure}) đã được Bộ phận Một cửa tiếp nhận.\nNgày hẹn trả kết quả: {appointment}.\nÔng/Bà có thể tra cứu tình trạng hồ sơ bằng mã hồ sơ tại Cổng dịch vụ công.${signature}`,
      },
      zalo: { templateId: 'dvc_received_v2', params: ['code', 'procedure', 'appointment'] },
    },
  ],
  'dossier.supplement-requested': [
    {
      version: 1,
      sms: 'Hồ sơ {code} cần bổ sung: {items}. Vui lòng bổ sung để hồ sơ được tiếp tục giải quyết.',
      email: {
        subject: 'Hồ sơ {code} cần bổ sung giấy tờ',
        body: `${greeting}Hồ sơ {code} ({procedure}) cần được bổ sung, hoàn thiện:\n{items}\n\nThời hạn giải quyết được tính lại từ khi hồ sơ được bổ sung đầy đủ.${signature}`,
      },
      zalo: { templateId: 'dvc_supplement_v1', params: ['code', 'items'] },
    },
  ],
  'dossier.refused': [
    {
      version: 1,
      sms: 'Hồ sơ {code} không được tiếp nhận. Lý do: {reason}.',
      email: {
        subject: 'Hồ sơ {code} không được tiếp nhận',
        body: `${greeting}Bộ phận Một cửa không tiếp nhận hồ sơ {code} ({procedure}).\nLý do: {reason}.${signature}`,
      },
      zalo: { templateId: 'dvc_refused_v1', params: ['code', 'reason'] },
    },
  ],
  'dossier.apologized': [
    {
      version: 1,
      sms: 'Xin lỗi Ông/Bà: hồ sơ {code} trễ hẹn. Ngày hẹn trả mới: {appointment}.',
      email: {
        subject: 'Thư xin lỗi về việc trễ hẹn hồ sơ {code}',
        body: `${greeting}Cơ quan giải quyết chân thành xin lỗi Ông/Bà vì hồ sơ {code} ({procedure}) chưa được giải quyết đúng hẹn.\nNgày hẹn trả kết quả mới: {appointment}.${signature}`,
      },
      zalo: { templateId: 'dvc_apology_v1', params: ['code', 'appointment'] },
    },
  ],
  'dossier.rescheduled': [
    {
      version: 1,
      sms: 'Hồ sơ {code} đã được bổ sung đủ. Ngày hẹn trả kết quả mới: {appointment}. In giấy hẹn mới tại Cổng dịch vụ công.',
      email: {
        subject: 'Ngày hẹn trả kết quả mới của hồ sơ {code}',
        body: `${greeting}Hồ sơ {code} ({procedure}) đã được bổ sung đầy đủ và được giải quyết tiếp.\nNgày hẹn trả kết quả mới: {appointment}.\nÔng/Bà có thể in giấy tiếp nhận hồ sơ và hẹn trả kết quả mới khi tra cứu hồ sơ tại Cổng dịch vụ công.${signature}`,
      },
      zalo: { templateId: 'dvc_rescheduled_v1', params: ['code', 'appointment'] },
    },
  ],
  'dossier.result-ready': [
    {
      version: 1,
      sms: 'Hồ sơ {code} đã có kết quả. Mời Ông/Bà đến Bộ phận Một cửa nhận kết quả, mang theo giấy hẹn.',
      email: {
        subject: 'Hồ sơ {code} đã có kết quả',
        body: `${greeting}Hồ sơ {code} ({procedure}) đã được giải quyết xong. Mời Ông/Bà đến Bộ phận Một cửa để nhận kết quả, nhớ mang theo giấy tiếp nhận và hẹn trả kết quả.${signature}`,
      },
      zalo: { templateId: 'dvc_result_ready_v1', params: ['code', 'procedure'] },
    },
  ],
  'dossier.result-ready-post': [
    {
      version: 1,
      sms: 'Hồ sơ {code} đã có kết quả. Kết quả sẽ được gửi về địa chỉ của Ông/Bà qua bưu điện.',
      email: {
        subject: 'Hồ sơ {code} đã có kết quả, sẽ được gửi qua bưu điện',
        body: `${greeting}Hồ sơ {code} ({procedure}) đã được giải quyết xong. Kết quả sẽ được gửi về địa chỉ Ông/Bà đã đăng ký qua dịch vụ bưu chính công ích; Ông/Bà sẽ nhận được mã vận đơn khi bưu điện nhận gửi.${signature}`,
      },
      zalo: { templateId: 'dvc_result_post_v1', params: ['code', 'procedure'] },
    },
  ],
  'postal.sent': [
    {
      version: 1,
      sms: 'Kết quả hồ sơ {code} đã được gửi qua bưu điện, mã vận đơn {waybill}.',
      email: {
        subject: 'Kết quả hồ sơ {code} đang được chuyển phát',
        body: `${greeting}Bưu điện đã nhận gửi kết quả hồ sơ {code} ({procedure}) đến địa chỉ của Ông/Bà.\nMã vận đơn: {waybill}.${signature}`,
      },
      zalo: { templateId: 'dvc_postal_sent_v1', params: ['code', 'waybill'] },
    },
  ],
  'postal.delivered': [
    {
      version: 1,
      sms: 'Kết quả hồ sơ {code} đã được bưu điện giao đến Ông/Bà (vận đơn {waybill}).',
      email: {
        subject: 'Đã giao kết quả hồ sơ {code}',
        body: `${greeting}Bưu điện đã giao kết quả hồ sơ {code} ({procedure}) cho Ông/Bà, mã vận đơn {waybill}.${signature}`,
      },
      zalo: { templateId: 'dvc_postal_delivered_v1', params: ['code', 'waybill'] },
    },
  ],
  'postal.returned': [
    {
      version: 1,
      sms: 'Bưu điện không giao được kết quả hồ sơ {code}. Mời Ông/Bà đến Bộ phận Một cửa nhận kết quả.',
      email: {
        subject: 'Chưa giao được kết quả hồ sơ {code}',
        body: `${greeting}Bưu điện không giao được kết quả hồ sơ {code} ({procedure}) (mã vận đơn {waybill}) và đã chuyển trả về Bộ phận Một cửa. Mời Ông/Bà đến Bộ phận Một cửa để nhận kết quả.${signature}`,
      },
      zalo: { templateId: 'dvc_postal_returned_v1', params: ['code', 'waybill'] },
    },
  ],
  'unit.deadline-approaching': [
    {
      version: 1,
      sms: 'Hồ sơ {code} sắp đến hạn trả kết quả lúc {due}; cán bộ đang xử lý: {assignee}.',
      email: {
        subject: 'Cảnh báo: hồ sơ {code} sắp đến hạn trả kết quả',
        body: 'Kính gửi Bộ phận Một cửa,\n\nHồ sơ {code} ({procedure}) của Ông/Bà {applicant} sắp đến hạn trả kết quả lúc {due}; cán bộ đang xử lý: {assignee}.\nĐề nghị hoàn thành xử lý trước thời hạn; nếu không kịp, lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) gửi công dân trước hạn.\n\nTrân trọng,\nHệ thống thông tin giải quyết thủ tục hành chính\n(Thư gửi tự động, vui lòng không trả lời.)',
      },
      zalo: { templateId: 'dvc_deadline_warning_v1', params: ['code', 'due', 'assignee'] },
    },
  ],
};

export function currentTemplate(name: TemplateName): TemplateVersion {
  const versions = TEMPLATES[name];
  return versions[versions.length - 1] as TemplateVersion;
}

export function templateVersion(name: string, version: number): TemplateVersion | null {
  return TEMPLATES[name as TemplateName]?.find((candidate) => candidate.version === version) ?? null;
}

export type RenderedMessage =
  | { channel: 'SMS'; text: string; segments: number }
  | { channel: 'EMAIL'; subject: string; text: string }
  | { channel: 'ZALO'; templateId: string; data: Record<string, string> };

/** A placeholder without a value is a programming error, never a message with "{reason}" in it. */
export class MissingPlaceholder extends Error {}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new MissingPlaceholder(`placeholder {${key}} has no value`);
    return value;
  });
}

export function render(
  template: TemplateVersion,
  channel: Channel,
  values: Record<string, string>,
): RenderedMessage {
  switch (channel) {
    case 'SMS': {
      const text = foldToGsm7(fill(template.sms, values));
      return { channel, text, segments: countSegments(text).segments };
    }
    case 'EMAIL':
      return {
        channel,
        subject: fill(template.email.subject, values),
        text: fill(template.email.body, values),
      };
    case 'ZALO':
      return {
        channel,
        templateId: template.zalo.templateId,
        data: Object.fromEntries(
          template.zalo.params.map((key) => {
            const value = values[key];
            if (value === undefined) throw new MissingPlaceholder(`placeholder {${key}} has no value`);
            return [key, value];
          }),
        ),
      };
  }
}
