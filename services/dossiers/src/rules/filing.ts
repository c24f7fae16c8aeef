import { createHash } from 'node:crypto';
import type { Identity } from '@dvc/identity';
import { todayInVietnam, userError } from '@dvc/service-kit';
import type { CatalogueProcedure } from '../catalogue';
import { type DossierRow, dossierByIdempotencyKey } from '../data/dossiers';
import { type Channel, dossiers, type PostalAddress, type ReturnChannel } from '../db/schema';
import { requireSignedIn } from './access';
import type { RuleDeps } from './deps';
import { coverDocuments, type DocumentInput } from './documents';
import { nextDossierCode } from './dossier-code';
import { feeAtFiling } from './fees';
import { validateFormData } from './form-data';
import { assertServesUnit } from './instance-scope';
import { actorOf, linkAttachments, recordTransition } from './lifecycle';
import { DOSSIER_STATUSES } from './status';
import { isEmail } from './text';
import { newTrackingPin } from './tracking';
import { TRANSITIONS } from './transitions';
import { assertUnitWritable } from './unit-moves';

export type SubmitDossierInput = {
  procedureCode: string;
  unitCode: string;
  channel?: Channel | null;
  applicant: {
    kind: 'PERSON' | 'ORGANIZATION';
    name: string;
    idNumber?: string | null;
    organizationCode?: string | null;
  };
  formData?: Array<{ key: string; value: string }> | null;
  attachmentIds?: string[] | null;
  /** The procedure's cases the applicant is in, besides the common one. */
  cases?: string[] | null;
  /** Which files stand for which required document (or, at the desk, which paper documents were checked). */
  documents?: DocumentInput[] | null;
  contact?: {
    phone?: string | null;
    email?: string | null;
    zaloId?: string | null;
    notifySms?: boolean | null;
    notifyEmail?: boolean | null;
    notifyZalo?: boolean | null;
  } | null;
  returnChannel: ReturnChannel;
  postalAddress?: PostalAddress | null;
};

const bad = (vi: string, en: string) => userError('BAD_USER_INPUT', vi, en);

/** Stable JSON (sorted keys) so that the same filing hashes the same whatever the client's key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Who may file where and how: citizens online for themselves, volunteers online at their unit, officers at the desk. */
function channelFor(identity: Identity, input: SubmitDossierInput): Channel {
  requireSignedIn(identity);
  if (identity.role === 'CITIZEN') {
    if (input.channel && input.channel !== 'ONLINE') {
      throw userError('FORBIDDEN', 'Công dân chỉ nộp hồ sơ trực tuyến', 'Citizens file online only');
    }
    return 'ONLINE';
  }
  if (identity.role === 'VOLUNTEER' || identity.role === 'OFFICER') {
    if (identity.unitCode !== input.unitCode) {
      throw userError(
        'FORBIDDEN',
        `Bạn chỉ được nộp hồ sơ tại đơn vị của mình (${identity.unitCode ?? 'chưa gán'})`,
        `You may file only at your own unit (${identity.unitCode ?? 'none'})`,
      );
    }
    if (identity.role === 'VOLUNTEER') {
      if (input.channel && input.channel !== 'ONLINE') {
        throw userError(
          'FORBIDDEN',
          'Tình nguyện viên chỉ hỗ trợ nộp trực tuyến',
          'Volunteers file online only',
        );
      }
      return 'ONLINE';
    }
    if (input.channel !== 'IN_PERSON' && input.channel !== 'POST') {
      throw bad(
        'Cán bộ ghi nhận hồ sơ nộp trực tiếp (IN_PERSON) hoặc qua bưu chính (POST)',
        'Officers record dossiers handed in at the desk (IN_PERSON) or arriving by post (POST)',
      );
    }
    return input.channel;
  }
  throw userError(
    'FORBIDDEN',
    'Chỉ công dân, tình nguyện viên và cán bộ một cửa được nộp hồ sơ',
    'Only citizens, volunteers and desk officers may file dossiers',
  );
}

function checkApplicant(input: SubmitDossierInput['applicant']) {
  const name = input.name.trim();
  if (!name) throw bad('Vui lòng nhập tên người nộp hồ sơ', "Enter the applicant's name");
  if (input.kind === 'PERSON') {
    const idNumber = input.idNumber?.trim() ?? '';
    if (!/^\d{12}$/.test(idNumber)) {
      throw bad('Số định danh cá nhân (CCCD) phải gồm 12 chữ số', 'The ID number (CCCD) must be 12 digits');
    }
    return { kind: 'PERSON' as const, name, idNumber, organizationCode: null };
  }
  const organizationCode = input.organizationCode?.trim() ?? '';
  if (!/^[0-9A-Z.-]{5,20}$/i.test(organizationCode)) {
    throw bad(
      'Tổ chức phải có mã số thuế hoặc mã cơ quan (5–20 ký tự: chữ số, chữ cái, dấu chấm, gạch ngang)',
      'An organisation needs its tax or agency code (5–20 letters, digits, dots or dashes)',
    );
  }
  // An organisation tracks its dossiers with its code, as a person does with an ID number.
  return { kind: 'ORGANIZATION' as const, name, idNumber: organizationCode, organizationCode };
}

function checkContact(input: SubmitDossierInput['contact'], channel: Channel) {
  const phone = input?.phone?.trim() || null;
  const email = input?.email?.trim() || null;
  const zaloId = input?.zaloId?.trim() || null;
  if (phone && !/^0\d{9}$/.test(phone))
    throw bad(
      'Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0',
      'The phone number must be 10 digits starting with 0',
    );
  if (email && !isEmail(email))
    throw bad('Địa chỉ thư điện tử không hợp lệ', 'The e-mail address is not valid');
  if (channel === 'ONLINE' && !phone && !email) {
    throw bad(
      'Hồ sơ trực tuyến cần số điện thoại hoặc thư điện tử để nhận thông báo',
      'An online dossier needs a phone number or an e-mail address for notices',
    );
  }
  const notify = {
    sms: input?.notifySms === true,
    email: input?.notifyEmail === true,
    zalo: input?.notifyZalo === true,
  };
  if (notify.sms && !phone)
    throw bad('Muốn nhận tin nhắn SMS cần có số điện thoại', 'SMS notices need a phone number');
  if (notify.email && !email)
    throw bad('Muốn nhận thư điện tử cần có địa chỉ thư', 'E-mail notices need an e-mail address');
  if (notify.zalo && !zaloId && !phone)
    throw bad(
      'Muốn nhận tin Zalo cần số điện thoại hoặc Zalo ID',
      'Zalo notices need a phone number or Zalo id',
    );
  return { phone, email, zaloId, notify };
}

function checkReturn(input: SubmitDossierInput): PostalAddress | null {
  if (input.returnChannel !== 'POST') return null;
  const address = input.postalAddress;
  if (
    !address?.receiverName?.trim() ||
    !address.address?.trim() ||
    !/^0\d{9}$/.test(address.phone?.trim() ?? '')
  ) {
    throw bad(
      'Nhận kết quả qua bưu chính cần tên người nhận, địa chỉ và số điện thoại 10 chữ số',
      "Return by post needs the receiver's name, address and a 10-digit phone number",
    );
  }
  return {
    receiverName: address.receiverName.trim(),
    phone: address.phone.trim(),
    address: address.address.trim(),
  };
}

function methodFor(procedure: CatalogueProcedure, channel: Channel) {
  const method = procedure.methods.find((m) => m.method === channel);
  if (!method) {
    const how = { ONLINE: 'trực tuyến', IN_PERSON: 'trực tiếp', POST: 'qua bưu chính' }[channel];
    throw bad(
      `Thủ tục ${procedure.code} không nhận hồ sơ nộp ${how}`,
      `Procedure ${procedure.code} does not accept ${channel.toLowerCase()} filings`,
    );
  }
  return method;
}

const sameFilingConflict = (key: string) =>
  userError(
    'CONFLICT',
    `Mã yêu cầu ${key} đã được dùng cho một hồ sơ có nội dung khác`,
    `Idempotency key ${key} was already used for a dossier with different content`,
  );

/**
 * Files a dossier: validated against the procedure's current version, snapshotted, numbered and written with its
 * history and `dossier.submitted` event in one transaction. The same idempotency key returns the same dossier.
 */
/** An online filing is accepted or refused within 8 working hours of its submission (BRIEF "Working time"). */
const ONLINE_ACCEPTANCE_MINUTES = 8 * 60;

export async function submitDossier(
  deps: RuleDeps,
  identity: Identity,
  input: SubmitDossierInput,
  idempotencyKey: string,
): Promise<DossierRow> {
  assertServesUnit(deps, input.unitCode);
  const channel = channelFor(identity, input);
  const key = idempotencyKey.trim();
  if (!key || key.length > 200)
    throw bad(
      'Mã yêu cầu (idempotencyKey) phải có từ 1 đến 200 ký tự',
      'The idempotency key must be 1–200 characters',
    );
  const scope = `${identity.role}:${identity.sub ?? ''}`;
  const requestHash = createHash('sha256')
    .update(canonical({ ...input, channel }))
    .digest('hex');
  const replay = async () => {
    const existing = await dossierByIdempotencyKey(deps.db, scope, key);
    if (!existing) return null;
    if (existing.requestHash !== requestHash) throw sameFilingConflict(key);
    return existing;
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const applicant = checkApplicant(input.applicant);
  const contact = checkContact(input.contact, channel);
  const postalAddress = checkReturn(input);
  const [procedure, unit] = await Promise.all([
    deps.catalogue.procedure(input.procedureCode),
    deps.catalogue.unit(input.unitCode),
  ]);
  if (!procedure)
    throw bad(`Không có thủ tục mã ${input.procedureCode}`, `There is no procedure ${input.procedureCode}`);
  if (!unit) throw bad(`Không có đơn vị mã ${input.unitCode}`, `There is no unit ${input.unitCode}`);
  const method = methodFor(procedure, channel);
  const now = deps.now();
  if (
    channel === 'ONLINE' &&
    !(await deps.catalogue.offersOnline(unit.code, procedure.code, todayInVietnam(now)))
  ) {
    throw bad(
      `${unit.name} chưa cung cấp thủ tục này trực tuyến; vui lòng nộp tại bộ phận một cửa`,
      `${unit.name} does not offer this procedure online; file it at the one-stop desk`,
    );
  }
  const formData = validateFormData(
    procedure.forms.flatMap((form) => form.fields),
    input.formData ?? [],
    { requireAll: channel === 'ONLINE' },
  );
  const cases = [...new Set((input.cases ?? []).map((name) => name.trim()).filter(Boolean))];
  const acceptBy =
    channel === 'ONLINE' ? await deps.catalogue.addWorkingMinutes(now, ONLINE_ACCEPTANCE_MINUTES) : null;
  const coveredDocuments = coverDocuments(procedure, identity, cases, input.documents ?? []);
  const fee = await feeAtFiling(deps.catalogue, procedure, method, unit.code, todayInVietnam(now));

  try {
    return await deps.db.transaction(async (tx) => {
      // Before the code counter's lock: a filing waiting for a move's mark must not hold the agency's counter.
      await assertUnitWritable(tx, unit.code);
      const code = await nextDossierCode(tx, unit.agencyCode, now);
      const [row] = await tx
        .insert(dossiers)
        .values({
          code,
          unitCode: unit.code,
          unitPath: unit.path,
          receivingUnitCode: unit.code,
          procedureCode: procedure.code,
          procedureVersion: procedure.version,
          procedure: {
            name: procedure.name,
            method: method.method,
            duration: method.duration,
            ...fee,
          },
          status: DOSSIER_STATUSES.NEWLY_FILED,
          channel,
          applicantKind: applicant.kind,
          applicantName: applicant.name,
          applicantIdNumber: applicant.idNumber,
          organizationCode: applicant.organizationCode,
          ownerSub: identity.role === 'CITIZEN' ? identity.sub : null,
          assistedBy: identity.role === 'VOLUNTEER' ? identity.sub : null,
          filedBySub: identity.sub,
          filedByRole: identity.role,
          phone: contact.phone,
          email: contact.email,
          zaloId: contact.zaloId,
          notifySms: contact.notify.sms,
          notifyEmail: contact.notify.email,
          notifyZalo: contact.notify.zalo,
          returnChannel: input.returnChannel,
          postalAddress,
          formData,
          cases,
          coveredDocuments,
          trackingPin: newTrackingPin(),
          submittedAt: now,
          acceptBy,
          idempotencyScope: scope,
          idempotencyKey: key,
          requestHash,
        })
        .returning();
      if (!row) throw new Error('insert returned no dossier');
      await linkAttachments(tx, identity, code, input.attachmentIds ?? [], null);
      for (const document of coveredDocuments) {
        await linkAttachments(tx, identity, code, document.attachmentIds, document.name, { relabel: true });
      }
      const change = TRANSITIONS.SUBMIT(row, now, { attachmentIds: input.attachmentIds ?? [] });
      return recordTransition(tx, deps.source, row, 'SUBMIT', actorOf(identity), now, change);
    });
  } catch (error) {
    // Two requests with one key raced: the loser answers with the winner's dossier (or the conflict).
    const pgCode =
      (error as { code?: string; cause?: { code?: string } }).code ??
      (error as { cause?: { code?: string } }).cause?.code;
    if (pgCode === '23505') {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
}
