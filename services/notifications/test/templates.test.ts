import { describe, expect, it } from 'vitest';
import { countSegments, foldToGsm7 } from '../src/templates/gsm7';
import {
  currentTemplate,
  MissingPlaceholder,
  render,
  TEMPLATE_NAMES,
  TEMPLATES,
} from '../src/templates/templates';

const realistic = {
  code: '000.00.30.H17-260725-0001',
  applicant: 'Nguyễn Thị Huỳnh Như',
  procedure: 'Đăng ký khai sinh',
  appointment: '16:30 ngày 31/07/2026',
  reason: 'Thiếu bản sao giấy chứng nhận kết hôn',
  items: 'Bản sao giấy chứng nhận kết hôn',
  waybill: 'EB000000123VN',
  due: '16:30 ngày 30/07/2026',
  assignee: 'can-bo-30226-02',
};

describe('GSM-7 folding', () => {
  it('drops Vietnamese diacritics, đ included, and simplifies typographic punctuation', () => {
    expect(foldToGsm7('Hồ sơ đã được tiếp nhận – Ngày hẹn: “thứ Năm”…')).toBe(
      'Ho so da duoc tiep nhan - Ngay hen: "thu Nam"...',
    );
    expect(foldToGsm7('ĐĂNG KÝ KHAI SINH, Ưu tiên, Ơn')).toBe('DANG KY KHAI SINH, Uu tien, On');
  });

  it('replaces what GSM-7 cannot carry with ? rather than switching the message to UCS-2', () => {
    expect(foldToGsm7('Mã 😀 北')).toBe('Ma ? ?');
  });

  it('counts 160 septets as one segment, 161 as two of 153, extension characters as two', () => {
    expect(countSegments('a'.repeat(160))).toEqual({ septets: 160, segments: 1 });
    expect(countSegments('a'.repeat(161))).toEqual({ septets: 161, segments: 2 });
    expect(countSegments('a'.repeat(307))).toEqual({ septets: 307, segments: 3 });
    expect(countSegments(`${'a'.repeat(158)}€`)).toEqual({ septets: 160, segments: 1 });
    expect(countSegments(`${'a'.repeat(159)}[`).segments).toBe(2);
    expect(() => countSegments('ệ')).toThrow(/not a GSM-7 character/);
  });
});

describe('templates', () => {
  it('numbers versions upwards without gaps, per template', () => {
    for (const name of TEMPLATE_NAMES) {
      expect(TEMPLATES[name].map((t) => t.version)).toEqual(TEMPLATES[name].map((_, index) => index + 1));
    }
  });

  it('renders every template on every channel, with Vietnamese diacritics in e-mail and none in SMS', () => {
    for (const name of TEMPLATE_NAMES) {
      for (const template of TEMPLATES[name]) {
        const sms = render(template, 'SMS', realistic);
        const email = render(template, 'EMAIL', realistic);
        const zalo = render(template, 'ZALO', realistic);
        if (sms.channel !== 'SMS' || email.channel !== 'EMAIL' || zalo.channel !== 'ZALO') throw new Error();
        expect(sms.text).toMatch(/^[\x20-\x7E\n]+$/);
        expect(sms.text).toContain(realistic.code);
        expect(email.text).toContain('Trân trọng');
        expect(email.text).not.toMatch(/\{\w+\}/);
        expect(Object.keys(zalo.data).length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps every current SMS to one segment with realistic values', () => {
    for (const name of TEMPLATE_NAMES) {
      const sms = render(currentTemplate(name), 'SMS', realistic);
      if (sms.channel !== 'SMS') throw new Error();
      expect({ name, segments: sms.segments, length: sms.text.length }).toMatchObject({ name, segments: 1 });
    }
  });

  it('sends a long refusal reason whole, in as many segments as it takes, never cut', () => {
    const reason = 'Giấy tờ không hợp lệ: '.repeat(12).trim();
    const sms = render(currentTemplate('dossier.refused'), 'SMS', { ...realistic, reason });
    if (sms.channel !== 'SMS') throw new Error();
    expect(sms.text).toContain(foldToGsm7(reason));
    expect(sms.segments).toBe(countSegments(sms.text).segments);
    expect(sms.segments).toBeGreaterThan(1);
  });

  it('refuses to render a message with a placeholder left empty', () => {
    const { reason: _reason, ...withoutReason } = realistic;
    expect(() => render(currentTemplate('dossier.refused'), 'SMS', withoutReason)).toThrow(
      MissingPlaceholder,
    );
    expect(() => render(currentTemplate('dossier.refused'), 'ZALO', withoutReason)).toThrow(
      MissingPlaceholder,
    );
  });
});
