import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launchChromium } from './browser';
import { asOfficer, type Federation, startFederation } from './federation';

// A tiny valid PNG: the scan of a birth certificate, as far as the upload is concerned.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const ID_NUMBER = '079090001234';
/** What a person types into each kind of field of the birth registration form. */
const ANSWERS: Record<string, string> = {
  TEXT: 'Nguyễn Thị Mai',
  TEXTAREA: 'Ấp Tân Thuận, Xã Lai Vung, Tỉnh Đồng Tháp',
  DATE: '2026-11-20',
  ID_NUMBER,
  PHONE: '0912345678',
  EMAIL: 'mai@example.vn',
  NUMBER: '1',
};

let federation: Federation;
let browser: Browser;
const violations: string[] = [];

beforeAll(async () => {
  federation = await startFederation();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await federation?.stop();
});

type FormField = {
  key: string;
  type: string;
  label: string;
  required: boolean;
  options: Array<{ label: string }> | null;
};

async function birthFormFields(): Promise<FormField[]> {
  const response = await fetch(`${federation.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ procedure(code: "1.001193") { forms { fields { key type label required options { label } } } } }',
    }),
  });
  const answer = (await response.json()) as {
    data: { procedure: { forms: Array<{ fields: FormField[] }> } };
  };
  return answer.data.procedure.forms.flatMap((form) => form.fields);
}

async function signInAsCitizen(page: Page, width: number) {
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).first().click();
  await page.waitForURL(`${federation.issuer}/**`);
  violations.push(...(await checkPage(page, width, '02-identity-provider')));
  await page.getByRole('button', { name: 'Đăng nhập: Nguyễn Văn An (Công dân)' }).click();
  await page.waitForURL(`${federation.url}/**`);
  await expect.poll(() => page.getByText('Đang đăng nhập: Nguyễn Văn An').isVisible()).toBe(true);
}

describe.each([360, 1280])('a citizen at %i px', (width) => {
  let page: Page;
  let code = '';

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'vi-VN' });
  });
  afterAll(() => page.close());

  it('signs in, finds "khai sinh" without accents and reads the procedure', async () => {
    await page.goto(federation.url);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Dịch vụ công trực tuyến' }).isVisible())
      .toBe(true);
    violations.push(...(await checkPage(page, width, '01-home')));
    await signInAsCitizen(page, width);

    await page.getByLabel('Tìm thủ tục').fill('khai sinh');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const link = page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true });
    await link.waitFor();
    violations.push(...(await checkPage(page, width, '03-catalogue-search')));
    await link.click();
    await page.getByRole('heading', { name: 'Thủ tục đăng ký khai sinh', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Thành phần hồ sơ' }).waitFor();
    violations.push(...(await checkPage(page, width, '04-procedure')));
  });

  it('files a birth registration with the birth certificate, and the draft survives a reload', async () => {
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.getByRole('heading', { name: 'Nơi nộp và trường hợp' }).waitFor();
    await page.getByLabel('Chọn đơn vị nhận hồ sơ').selectOption({ label: 'Xã Lai Vung' });
    violations.push(...(await checkPage(page, width, '05-wizard-unit')));
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    await page.getByRole('heading', { name: 'Người nộp' }).waitFor();
    await page.getByLabel('Số định danh cá nhân (CCCD, 12 chữ số)').fill(ID_NUMBER);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    await page.getByRole('heading', { name: 'Tờ khai' }).waitFor();
    // A required field left empty is named beside the field.
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByText('Họ, chữ đệm, tên người được khai sinh: bắt buộc').waitFor();
    violations.push(...(await checkPage(page, width, '06-wizard-form-errors')));
    for (const field of await birthFormFields()) {
      const input = page.getByLabel(field.label, { exact: false }).first();
      if (field.type === 'CHECKBOX') {
        if (field.required) await input.check();
      } else if (field.type === 'SELECT') {
        await input.selectOption({ label: field.options?.[0]?.label ?? '' });
      } else if (field.required) {
        await input.fill(ANSWERS[field.type] ?? 'Kinh');
      }
    }
    await page.getByLabel('Dân tộc', { exact: false }).first().fill('Kinh');
    // A reload keeps what was typed.
    await page.reload();
    await page.getByRole('heading', { name: 'Tờ khai' }).waitFor();
    await expect
      .poll(() => page.getByLabel('Họ, chữ đệm, tên người được khai sinh', { exact: false }).inputValue())
      .toBe('Nguyễn Thị Mai');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    await page.getByRole('heading', { name: 'Giấy tờ kèm theo' }).waitFor();
    await page
      .getByLabel('Giấy chứng sinh', { exact: false })
      .setInputFiles({ name: 'giay-chung-sinh.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('Đã tải lên: giay-chung-sinh.png').waitFor();
    violations.push(...(await checkPage(page, width, '07-wizard-documents')));
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    await page.getByRole('heading', { name: 'Liên hệ và nhận kết quả' }).waitFor();
    await page.getByLabel('Số điện thoại di động').fill('0912345678');
    await page.getByLabel('Trực tuyến (bản điện tử)').check();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    await page.getByRole('heading', { name: 'Kiểm tra thông tin' }).waitFor();
    violations.push(...(await checkPage(page, width, '08-wizard-check-answers')));
    await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
    await page.getByRole('heading', { name: 'Đã gửi hồ sơ' }).waitFor();
    code = (await page.locator('.confirmation .code').textContent()) ?? '';
    expect(code).toMatch(/-\d{6}-\d{4}$/);
    violations.push(...(await checkPage(page, width, '09-confirmation')));

    await page.getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    await page.getByText(code).waitFor();
    violations.push(...(await checkPage(page, width, '10-my-dossiers')));
  });

  it('supplements the dossier when the desk asks for it', async () => {
    const officer = await asOfficer(federation.url, '30226');
    await officer('mutation ($code: ID!) { receiveDossier(code: $code) { code } }', { code });
    await officer(
      'mutation ($code: ID!) { requestSupplement(code: $code, input: { items: ["Bản chụp giấy chứng sinh rõ nét hơn"] }) { code } }',
      { code },
    );
    await page.goto(`${federation.url}/ho-so/${encodeURIComponent(code)}`);
    await page.getByText('Cần bổ sung hồ sơ').first().waitFor();
    await page.getByText('Bản chụp giấy chứng sinh rõ nét hơn').waitFor();
    violations.push(...(await checkPage(page, width, '11-supplement-requested')));
    await page
      .getByLabel('Tệp bổ sung')
      .setInputFiles({ name: 'giay-chung-sinh-ro.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('Đã tải lên: giay-chung-sinh-ro.png').waitFor();
    await page.getByRole('button', { name: 'Gửi bổ sung' }).click();
    await page.getByText('Đã gửi bổ sung').waitFor();
    violations.push(...(await checkPage(page, width, '12-supplemented')));
  });

  it('pays a fee online through the payment platform and verifies the receipt by its QR link', async () => {
    const officer = await asOfficer(federation.url, '30226');
    await officer(
      'mutation ($code: ID!) { requestPayment(code: $code, input: { amountVnd: 8000, note: "Lệ phí cấp bản sao trích lục" }) { code } }',
      { code },
    );
    await page.reload();
    await page.getByText('Số tiền phải nộp: 8.000').waitFor();
    violations.push(...(await checkPage(page, width, '13-payment-requested')));
    await page.getByRole('button', { name: 'Thanh toán trực tuyến' }).click();
    await page.waitForURL(/\/thanh-toan/);
    await page.getByText('Đã thanh toán thành công.').waitFor();
    violations.push(...(await checkPage(page, width, '14-paid')));

    const { dossier } = await officer<{
      dossier: { issuedDocuments: Array<{ verificationCode: string; kind: string }> };
    }>('query ($code: ID!) { dossier(code: $code) { issuedDocuments { verificationCode kind } } }', { code });
    const receipt = dossier.issuedDocuments.find((document) => document.kind === 'RECEIPT');
    expect(receipt).toBeDefined();
    // The QR code on the receipt holds VERIFY_URL followed by the code: the launcher points it at this page.
    const anonymous = await browser.newPage({ viewport: { width, height: 800 } });
    await anonymous.goto(`${federation.url}/xac-thuc?ma=${receipt?.verificationCode}`);
    await anonymous.getByRole('heading', { name: 'Giấy tờ hợp lệ' }).waitFor();
    violations.push(...(await checkPage(anonymous, width, '15-verify')));
    await anonymous.close();
  });

  it('tracks the dossier without signing in, by code and ID number, showing nothing personal', async () => {
    const anonymous = await browser.newPage({ viewport: { width, height: 800 } });
    await anonymous.goto(`${federation.url}/tra-cuu`);
    await anonymous.getByLabel('Mã hồ sơ').fill(code);
    await anonymous.getByLabel('Số CCCD hoặc mã PIN').fill(ID_NUMBER);
    await anonymous.getByRole('button', { name: 'Tra cứu' }).click();
    await anonymous.getByRole('heading', { name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    expect(await anonymous.getByText('Nguyễn Văn An').count()).toBe(0);
    expect(await anonymous.getByText(ID_NUMBER).count()).toBe(0);
    violations.push(...(await checkPage(anonymous, width, '16-tracking')));
    await anonymous.close();
  });

  it('reads the public transparency board', async () => {
    const anonymous = await browser.newPage({ viewport: { width, height: 800 } });
    await anonymous.goto(`${federation.url}/cong-khai`);
    await anonymous.getByRole('heading', { name: 'Công khai kết quả giải quyết hồ sơ' }).waitFor();
    await anonymous.getByRole('table').first().waitFor();
    await anonymous
      .getByRole('img', { name: 'Biểu đồ tỉ lệ hồ sơ trực tuyến từ đầu năm, so với chỉ tiêu' })
      .waitFor();
    violations.push(...(await checkPage(anonymous, width, '17-transparency-board')));
    await anonymous.close();
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng xuất / Sign out' }).click();
    await page.waitForURL(`${federation.url}/`);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).waitFor();
  });
});

describe('the catalogue without JavaScript', () => {
  it('is served as HTML a phone without JavaScript can read', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    await page.goto(`${federation.url}/thu-tuc?q=ket+hon`);
    await page.getByRole('link', { name: 'Thủ tục đăng ký kết hôn', exact: true }).click();
    await page.getByRole('heading', { name: 'Thủ tục đăng ký kết hôn', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Căn cứ pháp lý' }).waitFor();
    await page.close();
    // axe needs a script of its own: the same page with the app's scripts blocked, as on a phone that has none.
    const checked = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await checked.route('**/assets/*.js', (route) => route.abort());
    await checked.goto(`${federation.url}/thu-tuc/1.001193`);
    await checked.getByRole('heading', { name: 'Căn cứ pháp lý' }).waitFor();
    violations.push(...(await checkPage(checked, 360, '18-no-javascript-procedure')));
    await checked.close();
  });
});

describe('a weak signal', () => {
  it('keeps a procedure page a person visited readable offline, and says plainly that tracking needs a network', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${federation.url}/thu-tuc/1.001193`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    });
    // Visited while the service worker watches: this copy is the one kept.
    await page.reload();
    await page.getByRole('heading', { name: 'Thành phần hồ sơ' }).waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Thủ tục đăng ký khai sinh', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Thành phần hồ sơ' }).waitFor();
    await page.getByText('Bạn đang ngoại tuyến').waitFor();
    await page.getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
    await page.getByLabel('Mã hồ sơ').fill('000.00.91.H20-261130-0001');
    await page.getByLabel('Số CCCD hoặc mã PIN').fill(ID_NUMBER);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByText('Không có kết nối mạng: chưa gửi được.').waitFor();
    violations.push(...(await checkPage(page, 360, '19-offline-tracking')));
    await context.close();
  });
});

describe('accessibility', () => {
  it('axe finds no serious or critical violation on any page', () => {
    expect(violations).toEqual([]);
  });
});
