import { sql } from 'drizzle-orm';
import type { CatalogueClient } from '../catalogue';
import type { DossiersDatabase } from '../db';
import { type Channel, dossiers } from '../db/schema';
import { submitDossier } from '../rules/filing';
import { receiveDossier } from '../rules/lifecycle';
import { sampleFormData } from './sample-form';

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
  options: { now?: Date; serves?: (unitCode: string) => boolean } = {},
): Promise<number> {
  const { now = new Date(), serves = () => true } = options;
  const [existing] = await db.select({ count: sql<number>`count(*)::int` }).from(dossiers);
  if ((existing?.count ?? 0) > 0) return 0;
  let created = 0;
  for (const [index, filing] of DEMO_FILINGS.entries()) {
    const unitCode = DEMO_UNITS[filing.unit];
    if (!serves(unitCode)) continue;
    const at = new Date(now);
    at.setUTCDate(at.getUTCDate() - filing.daysAgo);
    at.setUTCHours(filing.hour - 7, 0, 0, 0);
    const deps = { db, catalogue, source, supplementPolicy: 'RESTART' as const, now: () => at };
    const online = filing.channel === 'ONLINE';
    const phone = `09${String(index).padStart(8, '0')}`;
    const procedure = await catalogue.procedure(filing.procedureCode);
    if (!procedure) throw new Error(`demo procedure ${filing.procedureCode} is not in the catalogue`);
    const applicant = { name: filing.applicantName, idNumber: filing.applicantIdNumber, phone };
    const filer = online
      ? {
          sub: `demo-citizen-${index + 1}`,
          role: 'CITIZEN' as const,
          unitCode: null,
          name: filing.applicantName,
        }
      : { sub: `demo-officer-${unitCode}`, role: 'OFFICER' as const, unitCode, name: null };
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
      },
      `demo-${index + 1}`,
    );
    const officer = { sub: `demo-officer-${unitCode}`, role: 'OFFICER' as const, unitCode, name: null };
    await receiveDossier(deps, dossier.code, officer);
    created += 1;
  }
  return created;
}
