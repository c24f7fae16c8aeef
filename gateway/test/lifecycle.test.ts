import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  birthCertificateScan,
  type Federation,
  fillRequiredFields,
  graphql,
  startFederation,
} from './federation';

const FORM = `query { procedure(code: "1.001193") { forms { fields { key type required options { value } } } methods { method duration { unit value cutoff } } } }`;

const DOSSIER =
  'code status statusCode appointmentDate receivedAt resolvedAt returnedAt returnChannel timeliness history { at action toStatus actorRole }';

/** The calendar day in Vietnam (UTC+7), by which lateness is judged (Biểu 06a). */
const vietnamDay = (moment: string) => new Date(Date.parse(moment) + 7 * 3600_000).toISOString().slice(0, 10);

describe('one dossier’s life through the gateway', () => {
  let federation: Federation;
  beforeAll(async () => {
    federation = await startFederation({ seedDemo: false });
  });
  afterAll(async () => federation?.stop());

  it('citizen files, officer receives, asks a supplement, citizen supplements, officer resolves and returns by post', async () => {
    const url = federation.gateway.url;
    const citizen = await federation.token('CITIZEN');
    const officer = await federation.token('OFFICER', '30226');
    const procedure = (await graphql(url, FORM)).data.procedure;
    const formData = fillRequiredFields(procedure.forms.flatMap((form: { fields: never[] }) => form.fields));

    const filed = await graphql(
      url,
      `mutation($input: SubmitDossierInput!) { submitDossier(input: $input, idempotencyKey: "e2e-1") { ${DOSSIER} documents { kind } } }`,
      {
        token: citizen,
        variables: {
          input: {
            procedureCode: '1.001193',
            unitCode: '30226',
            applicant: { kind: 'PERSON', name: 'Trần Thị Ngọc Hân', idNumber: '087190000123' },
            formData,
            documents: await birthCertificateScan(url, citizen),
            contact: { phone: '0912345678', notifySms: true },
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
    expect(filed.data.submitDossier).toMatchObject({
      status: 'NEWLY_FILED',
      statusCode: 1,
      returnChannel: 'POST',
    });

    const track = async () =>
      (
        await graphql(
          url,
          `query($code: ID!, $id: String!) { trackDossier(code: $code, idNumber: $id) { status appointmentDate history { action toStatus } } }`,
          { variables: { code, id: '087190000123' } },
        )
      ).data.trackDossier;
    expect((await track()).history).toEqual([{ action: 'SUBMIT', toStatus: 'NEWLY_FILED' }]);

    const received = await graphql(
      url,
      `mutation($code: ID!) { receiveDossier(code: $code) { ${DOSSIER} documents { kind url } } }`,
      {
        token: officer,
        variables: { code },
      },
    );
    expect(received.errors).toBeUndefined();
    const { receivedAt, appointmentDate } = received.data.receiveDossier;
    // The appointment comes from the catalogue's calendar for the moment the service recorded, never from this
    // test's clock: a same-day procedure received after 15:00 or on a day off is due on the next working day.
    const method = procedure.methods.find((m: { method: string }) => m.method === 'ONLINE');
    const appointmentFrom = async (at: string) =>
      (
        await graphql(
          url,
          `query($at: DateTime!, $d: WorkingDurationInput!) { appointmentFor(receivedAt: $at, duration: $d) }`,
          {
            variables: {
              at,
              d: {
                unit: method.duration.unit,
                value: method.duration.value,
                ...(method.duration.cutoff ? { cutoff: method.duration.cutoff } : {}),
              },
            },
          },
        )
      ).data.appointmentFor as string;
    expect(appointmentDate).toBe(await appointmentFrom(receivedAt));
    expect((await track()).status).toBe('ACCEPTED');

    const receipt = received.data.receiveDossier.documents.find((d: { kind: string }) => d.kind === 'MAU_01');
    const pdf = await fetch(receipt.url);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    const steps: Array<[string, string, string]> = [
      [
        officer,
        `requestSupplement(code: $code, input: { items: ["Bản sao giấy chứng sinh có chứng thực"] })`,
        'SUPPLEMENT_REQUESTED',
      ],
      [
        citizen,
        `supplementDossier(code: $code, input: { note: "Đã nộp bản sao giấy chứng sinh" })`,
        'ACCEPTED',
      ],
      [officer, 'startProcessing(code: $code)', 'IN_PROGRESS'],
      [
        officer,
        `resolveDossier(code: $code, input: { summary: "Cấp Giấy khai sinh bản chính" })`,
        'PROCESSING_FINISHED',
      ],
      [officer, 'returnResult(code: $code, input: { returnChannel: POST })', 'RESULT_RETURNED'],
    ];
    let last: {
      appointmentDate: string;
      resolvedAt: string;
      history: Array<{ at: string; action: string }>;
    } = received.data.receiveDossier;
    for (const [token, mutation, status] of steps) {
      const answer = await graphql(url, `mutation($code: ID!) { step: ${mutation} { ${DOSSIER} } }`, {
        token,
        variables: { code },
      });
      expect(answer.errors, mutation).toBeUndefined();
      expect(answer.data.step.status).toBe(status);
      expect((await track()).status).toBe(status);
      last = answer.data.step;
    }
    // Under the RESTART policy the supplement starts the time limit again from the moment it was recorded.
    const supplementedAt = last.history.find((step) => step.action === 'SUPPLEMENT')?.at as string;
    const appointment = await appointmentFrom(supplementedAt);
    expect(last.appointmentDate).toBe(appointment);
    const dueDay = vietnamDay(appointment);
    const resolvedDay = vietnamDay(last.resolvedAt);
    const timeliness = resolvedDay < dueDay ? 'EARLY' : resolvedDay === dueDay ? 'ON_TIME' : 'LATE';
    const final = await track();
    expect(final.history.map((h: { action: string }) => h.action)).toEqual([
      'SUBMIT',
      'RECEIVE',
      'REQUEST_SUPPLEMENT',
      'SUPPLEMENT',
      'START_PROCESSING',
      'RESOLVE',
      'RETURN_RESULT',
    ]);
    const mine = await graphql(url, `{ myDossiers { nodes { code status returnChannel timeliness } } }`, {
      token: citizen,
    });
    expect(mine.data.myDossiers.nodes).toEqual([
      { code, status: 'RESULT_RETURNED', returnChannel: 'POST', timeliness },
    ]);
  });
});
