import { randomInt } from 'node:crypto';
import type { Transaction } from '@dvc/database';
import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import { eq } from 'drizzle-orm';
import type { DossierRow } from '../data/dossiers';
import { dossiers, type IssuedKind, issuedDocuments } from '../db/schema';
import { requireSignedIn } from './access';
import type { RuleDeps } from './deps';
import { assertUnitServedHere, assertUnitWritable } from './unit-moves';

// No 0/O, 1/I/L: the code is read off paper and typed by hand.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Twelve characters in groups of four, e.g. K7QM-2HXP-9RTA: 60 bits, not guessable. */
export function newVerificationCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

export const normalizeVerificationCode = (given: string) => {
  const bare = given.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return bare.length === 12 ? `${bare.slice(0, 4)}-${bare.slice(4, 8)}-${bare.slice(8)}` : null;
};

export async function issueDocument(
  tx: Transaction,
  dossier: DossierRow,
  kind: IssuedKind,
  at: Date,
  link: { paymentId?: string; attachmentId?: string },
): Promise<string> {
  const verificationCode = newVerificationCode();
  await tx.insert(issuedDocuments).values({
    verificationCode,
    kind,
    dossierCode: dossier.code,
    procedureCode: dossier.procedureCode,
    procedureName: dossier.procedure.name,
    unitCode: dossier.unitCode,
    paymentId: link.paymentId ?? null,
    attachmentId: link.attachmentId ?? null,
    issuedAt: at,
  });
  return verificationCode;
}

export type Verification = {
  verificationCode: string;
  status: 'VALID' | 'REVOKED' | 'UNKNOWN';
  kind: IssuedKind | null;
  procedureCode: string | null;
  procedureName: string | null;
  unitCode: string | null;
  issuedAt: Date | null;
  revokedAt: Date | null;
};

/** Anyone may ask; the answer names the document, never the person it was issued to. */
export async function verifyDocument(deps: RuleDeps, given: string): Promise<Verification> {
  const code = normalizeVerificationCode(given);
  const [found] = code
    ? await deps.db.select().from(issuedDocuments).where(eq(issuedDocuments.verificationCode, code))
    : [];
  if (!found) {
    return {
      verificationCode: given.trim(),
      status: 'UNKNOWN',
      kind: null,
      procedureCode: null,
      procedureName: null,
      unitCode: null,
      issuedAt: null,
      revokedAt: null,
    };
  }
  // After a move, a revocation is recorded on the unit's new instance: the copy left here may be out of date.
  const [owner] = await deps.db
    .select({ unitCode: dossiers.receivingUnitCode })
    .from(dossiers)
    .where(eq(dossiers.code, found.dossierCode));
  if (owner) await assertUnitServedHere(deps.db, owner.unitCode);
  return {
    verificationCode: found.verificationCode,
    status: found.revokedAt ? 'REVOKED' : 'VALID',
    kind: found.kind,
    procedureCode: found.procedureCode,
    procedureName: found.procedureName,
    unitCode: found.unitCode,
    issuedAt: found.issuedAt,
    revokedAt: found.revokedAt,
  };
}

/** An officer of the unit that owns the dossier withdraws a receipt or result issued in error. */
export async function revokeDocument(
  deps: RuleDeps,
  identity: Identity,
  input: { verificationCode: string; reason: string },
): Promise<Verification> {
  requireSignedIn(identity);
  const reason = input.reason?.trim();
  if (!reason) {
    throw userError('BAD_USER_INPUT', 'Vui lòng ghi lý do thu hồi', 'Give the reason for the revocation');
  }
  const code = normalizeVerificationCode(input.verificationCode);
  const notFound = userError(
    'NOT_FOUND',
    `Không có giấy tờ nào mang mã xác thực ${input.verificationCode}`,
    `No document carries verification code ${input.verificationCode}`,
  );
  if (!code) throw notFound;
  await deps.db.transaction(async (tx) => {
    const [found] = await tx
      .select({
        document: issuedDocuments,
        dossierUnit: dossiers.unitCode,
        receivingUnit: dossiers.receivingUnitCode,
      })
      .from(issuedDocuments)
      .innerJoin(dossiers, eq(dossiers.code, issuedDocuments.dossierCode))
      .where(eq(issuedDocuments.verificationCode, code))
      .for('update');
    if (!found) throw notFound;
    if (identity.role !== 'OFFICER' || !identity.unitCode || identity.unitCode !== found.dossierUnit) {
      throw userError(
        'FORBIDDEN',
        'Chỉ cán bộ của cơ quan giải quyết hồ sơ mới được thu hồi giấy tờ đã cấp',
        'Only an officer of the unit handling the dossier may revoke what it issued',
      );
    }
    if (found.document.revokedAt) return;
    await assertUnitWritable(tx, found.receivingUnit);
    await tx
      .update(issuedDocuments)
      .set({ revokedAt: deps.now(), revokedBy: identity.sub, revokeReason: reason })
      .where(eq(issuedDocuments.verificationCode, code));
  });
  return verifyDocument(deps, code);
}
