import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Identity } from '@dvc/identity';
import { sql } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import type { CatalogueClient } from '../catalogue';
import type { DossiersDatabase } from '../db';
import { attachments, type Channel, dossiers } from '../db/schema';
import { attachmentPath } from '../files/routes';
import { BOLD, REGULAR } from '../pdf/forms';
import { requiredDocuments } from '../rules/documents';
import { submitDossier } from '../rules/filing';
import { receiveDossier } from '../rules/lifecycle';
import { sampleFormData } from './sample-form';

/** A one-page PDF that says what it stands for: the demo's online filers hand in scans like real ones. */
function demoScan(documentName: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: documentName } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  doc.font('bold').fontSize(14).text('BẢN CHỤP MINH HỌA – DỮ LIỆU TRÌNH DIỄN', { align: 'center' });
  doc.moveDown().font('regular').fontSize(11).text(documentName);
  doc.end();
  return done;
}

/** Stores a scan the way an upload does (file under its id, then its row), owned by the filer. */
async function storeDemoScan(
  db: DossiersDatabase,
  folder: string,
  uploader: Identity,
  documentName: string,
): Promise<string> {
  const id = randomUUID();
  const content = await demoScan(documentName);
  const path = attachmentPath(folder, id);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  await db.insert(attachments).values({
    id,
    uploaderSub: uploader.sub as string,
    uploaderRole: uploader.role,
    uploaderUnitCode: uploader.unitCode,
    fileName: 'ban-chup.pdf',
    contentType: 'application/pdf',
    sizeBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  });
  return id;
}

/**
 * A small demonstration set for the embedded mode: dossiers filed and received over the last days at two of
 * today's communes of former Lai Vung, through the same rules as real ones (catalogue validation, codes, the
 * catalogue's working-day calendar for appointments, history and events). Names and ID numbers are invented.
 * Loaded only into an empty database.
 */
const DEMO_UNITS = ['30226', '30208'] as const;

const DEMO_FILINGS: Array<{
  unit: 0 | 1;
  daysAgo: number;
  hour: number;
  procedureCode: string;
  channel: Channel;
  applicantName: string;
  applicantIdNumber: string;
}> = [
  {
    unit: 0,
    daysAgo: 6,
    hour: 8,
    procedureCode: '1.001193',
    channel: 'ONLINE',
    applicantName: 'Nguyễn Thị Mai',
    applicantIdNumber: '087190000001',
  },
  {
    unit: 0,
    daysAgo: 6,
    hour: 9,
    procedureCode: '2.000815',
    channel: 'IN_PERSON',
    applicantName: 'Trần Văn Bình',
    applicantIdNumber: '087190000002',
  },
  {
    unit: 0,
    daysAgo: 5,
    hour: 14,
    procedureCode: '1.001612',
    channel: 'ONLINE',
    applicantName: 'Lê Hoàng Nam',
    applicantIdNumber: '087190000003',
  },
  {
    unit: 0,
    daysAgo: 3,
    hour: 10,
    procedureCode: '1.000894',
    channel: 'IN_PERSON',
    applicantName: 'Phạm Minh Châu',
    applicantIdNumber: '087190000004',
  },
  {
    unit: 0,
    daysAgo: 1,
    hour: 15,
    procedureCode: '1.000656',
    channel: 'IN_PERSON',
    applicantName: 'Võ Thị Hạnh',
    applicantIdNumber: '087190000005',
  },
  {
    unit: 1,
    daysAgo: 7,
    hour: 8,
    procedureCode: '2.000884',
    channel: 'IN_PERSON',
    applicantName: 'Huỳnh Văn Tài',
    applicantIdNumber: '087190000006',
  },
  {
    unit: 1,
    daysAgo: 4,
    hour: 9,
    procedureCode: '1.001193',
    channel: 'ONLINE',
    applicantName: 'Đặng Thị Lan',
    applicantIdNumber: '087190000007',
  },
  {
    unit: 1,
    daysAgo: 2,
    hour: 13,
    procedureCode: '1.001612',
    channel: 'ONLINE',
    applicantName: 'Bùi Quốc Việt',
    applicantIdNumber: '087190000008',
  },
];

/** `serves` keeps each demo dossier on the instance that serves its unit when a commune runs its own. */
export async function loadDemoDossiers(
  db: DossiersDatabase,
  source: string,
  catalogue: CatalogueClient,
  attachmentsDir: string,
  options: { now?: Date; serves?: (unitCode: string) => boolean } = {},
): Promise<number> {
  const { now = new Date(), serves = () => true } = options;
  const [existing] = await db.select({ count: sql<number>`count(*)::int` }).from(dossiers);
  if ((existing?.count ?? 0) > 0) return 0;
  let created = 0;
  for (const [index, filing] of DEMO_FILINGS.entries()) {
    const unitCode = DEMO_UNITS[filing.unit];
    if (!serves(unitCode)) continue;
    // `hour` o'clock in Vietnam (UTC+7), `daysAgo` Vietnamese calendar days before today in Vietnam: between
    // 17:00 and 24:00 UTC, Vietnam is already on the next day.
    const today = new Date(now.getTime() + 7 * 3600_000);
    const at = new Date(
      Date.UTC(
        today.getUTCFullYear(),
        today.getUTCMonth(),
        today.getUTCDate() - filing.daysAgo,
        filing.hour - 7,
      ),
    );
    const deps = { db, catalogue, source, supplementPolicy: 'RESTART' as const, now: () => at };
    const online = filing.channel === 'ONLINE';
    const phone = `09${String(index).padStart(8, '0')}`;
    const procedure = await catalogue.procedure(filing.procedureCode);
    if (!procedure) throw new Error(`demo procedure ${filing.procedureCode} is not in the catalogue`);
    const applicant = { name: filing.applicantName, idNumber: filing.applicantIdNumber, phone };
    const filer: Identity = online
      ? {
          sub: `demo-citizen-${index + 1}`,
          role: 'CITIZEN' as const,
          unitCode: null,
          name: filing.applicantName,
        }
      : { sub: `demo-officer-${unitCode}`, role: 'OFFICER' as const, unitCode, name: null };
    // Online, the citizen uploads a scan of each document; at the desk, the officer checks the paper.
    const documents = [];
    for (const { name } of requiredDocuments(procedure, [])) {
      documents.push({
        name,
        attachmentIds: online ? [await storeDemoScan(db, attachmentsDir, filer, name)] : [],
      });
    }
    const dossier = await submitDossier(
      deps,
      filer,
      {
        procedureCode: filing.procedureCode,
        unitCode,
        channel: filing.channel,
        applicant: { kind: 'PERSON', name: filing.applicantName, idNumber: filing.applicantIdNumber },
        contact: { phone, notifySms: true },
        returnChannel: 'DESK',
        formData: online ? sampleFormData(procedure, applicant) : [],
        documents,
      },
      `demo-${index + 1}`,
    );
    const officer = { sub: `demo-officer-${unitCode}`, role: 'OFFICER' as const, unitCode, name: null };
    await receiveDossier(deps, dossier.code, officer);
    created += 1;
  }
  return created;
}
