import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  birthCertificateScan,
  type Federation,
  fillRequiredFields,
  graphql,
  startFederation,
} from './federation';

const FORM = `query { procedure(code: "1.001193") { forms { fields { key type required options { value } } } } }`;

const MESSAGES = `query($code: ID!) { dossier(code: $code) {
  status
  notifications { channel audience template templateVersion status attempts recipientMasked queuedAt deliveredAt }
  postalShipment { waybillNumber status codAmountVnd receiverMasked events { at status } }
} }`;

type Message = { channel: string; template: string; status: string; deliveredAt: string | null };

describe('the messages of a dossier’s life, read through the gateway', () => {
  let federation: Federation;
  beforeAll(async () => {
    federation = await startFederation({
      seedDemo: false,
      // The post office moves a booked shipment on by itself, one step every 1.5 s.
      notificationsEnv: { FAKE_POSTAL_STEP_MS: '1500', BACKOFF_MS: '100', SWEEP_INTERVAL_MS: '1000' },
    });
  });
  afterAll(async () => federation?.stop());

  it('sends each expected message once, delivered, in order, and brings the result home by post', async () => {
    const url = federation.gateway.url;
    const citizen = await federation.token('CITIZEN');
    const officer = await federation.token('OFFICER', '30226');
    const procedure = (await graphql(url, FORM)).data.procedure;
    const formData = fillRequiredFields(procedure.forms.flatMap((form: { fields: never[] }) => form.fields));
    const filed = await graphql(
      url,
      `mutation($input: SubmitDossierInput!) { submitDossier(input: $input, idempotencyKey: "messages-1") { code } }`,
      {
        token: citizen,
        variables: {
          input: {
            procedureCode: '1.001193',
            unitCode: '30226',
            applicant: { kind: 'PERSON', name: 'Trần Thị Ngọc Hân', idNumber: '087190000123' },
            formData,
            documents: await birthCertificateScan(url, citizen, '30226'),
            contact: {
              phone: '0912345678',
              email: 'ngochan@example.vn',
              notifySms: true,
              notifyEmail: true,
            },
            returnChannel: 'POST',
            postalAddress: {
              receiverName: 'Trần Thị Ngọc Hân',
              phone: '0912345678',
              address: 'Ấp Long Thành, xã Lai Vung, tỉnh Đồng Tháp',
            },
          },
        },
      },
    );
    expect(filed.errors).toBeUndefined();
    const code = filed.data.submitDossier.code;

    const read = async (token: string) => {
      const answer = await graphql(url, MESSAGES, { token, variables: { code } });
      expect(answer.errors).toBeUndefined();
      return answer.data.dossier;
    };
    /** The templates delivered so far, in the order the messages were decided (SMS and e-mail each). */
    const delivered = async () =>
      ((await read(citizen)).notifications as Message[])
        .filter((message) => message.status === 'DELIVERED')
        .map((message) => message.template);
    const expected: string[] = [];
    const waitFor = async (template: string) => {
      expected.push(template, template);
      await expect.poll(delivered, { timeout: 60_000, interval: 300 }).toEqual(expected);
    };

    // Each step waits for its messages before the next, so that the order they were decided in is the life's.
    await waitFor('dossier.submitted');
    const steps: Array<[string, string, string | null]> = [
      [officer, 'receiveDossier(code: $code)', 'dossier.received'],
      [
        officer,
        `requestSupplement(code: $code, input: { items: ["Bản sao giấy chứng sinh có chứng thực"] })`,
        'dossier.supplement-requested',
      ],
      // The restart gives a new appointment, which the citizen is told (issue 18, finding 10).
      [
        citizen,
        `supplementDossier(code: $code, input: { note: "Đã nộp bản sao giấy chứng sinh" })`,
        'dossier.rescheduled',
      ],
      [officer, 'startProcessing(code: $code)', null],
      [
        officer,
        `resolveDossier(code: $code, input: { summary: "Cấp Giấy khai sinh bản chính" })`,
        'dossier.result-ready-post',
      ],
    ];
    for (const [token, mutation, template] of steps) {
      const answer = await graphql(url, `mutation($code: ID!) { step: ${mutation} { code } }`, {
        token,
        variables: { code },
      });
      expect(answer.errors, mutation).toBeUndefined();
      if (template) await waitFor(template);
    }
    // The post office picks the result up, carries it and delivers it; the dossier learns it was returned by post.
    await waitFor('postal.sent');
    await waitFor('postal.delivered');
    await expect
      .poll(async () => (await read(officer)).status, { timeout: 30_000, interval: 300 })
      .toBe('RESULT_RETURNED');

    const final = await read(citizen);
    const messages = final.notifications as Message[];
    expect(messages.map((m) => `${m.template} ${m.channel}`)).toEqual(
      [
        'dossier.submitted',
        'dossier.received',
        'dossier.supplement-requested',
        'dossier.rescheduled',
        'dossier.result-ready-post',
        'postal.sent',
        'postal.delivered',
      ].flatMap((template) => [`${template} EMAIL`, `${template} SMS`]),
    );
    for (const message of final.notifications) {
      expect(message).toMatchObject({
        audience: 'APPLICANT',
        status: 'DELIVERED',
        recipientMasked: message.channel === 'SMS' ? '091****678' : 'n***@example.vn',
      });
      expect(message.deliveredAt).not.toBeNull();
    }
    expect(final.postalShipment).toMatchObject({
      status: 'DELIVERED',
      codAmountVnd: 0,
      receiverMasked: '091****678',
    });
    expect(final.postalShipment.waybillNumber).toMatch(/^EB\d{9}VN$/);
    expect(final.postalShipment.events.map((e: { status: string }) => e.status)).toEqual([
      'BOOKED',
      'PICKED_UP',
      'IN_TRANSIT',
      'DELIVERED',
    ]);
  }, 240_000);
});
