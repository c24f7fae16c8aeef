import { asc, eq, inArray } from 'drizzle-orm';
import type { DossiersDatabase } from '../db';
import { attachments, issuedDocuments, payments } from '../db/schema';

export type PaymentRow = typeof payments.$inferSelect;
export type IssuedRow = typeof issuedDocuments.$inferSelect;

function groupBy<T extends { dossierCode: string }>(rows: T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) grouped.set(row.dossierCode, [...(grouped.get(row.dossierCode) ?? []), row]);
  return grouped;
}

export async function paymentsByDossier(db: DossiersDatabase, codes: readonly string[]) {
  return groupBy(
    await db
      .select()
      .from(payments)
      .where(inArray(payments.dossierCode, [...codes]))
      .orderBy(asc(payments.attempt)),
  );
}

export async function issuedByDossier(db: DossiersDatabase, codes: readonly string[]) {
  return groupBy(
    await db
      .select()
      .from(issuedDocuments)
      .where(inArray(issuedDocuments.dossierCode, [...codes]))
      .orderBy(asc(issuedDocuments.issuedAt)),
  );
}

/** An issued document with what it certifies: the payment of a receipt, the file of a result. */
export async function issuedDocument(db: DossiersDatabase, verificationCode: string) {
  const [row] = await db
    .select({ document: issuedDocuments, payment: payments, file: attachments })
    .from(issuedDocuments)
    .leftJoin(payments, eq(payments.id, issuedDocuments.paymentId))
    .leftJoin(attachments, eq(attachments.id, issuedDocuments.attachmentId))
    .where(eq(issuedDocuments.verificationCode, verificationCode));
  return row ?? null;
}
