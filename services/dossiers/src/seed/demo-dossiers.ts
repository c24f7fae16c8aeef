import { sql } from 'drizzle-orm';
import type { DossiersDatabase } from '../db';
import { type Channel, dossiers } from '../db/schema';
import { recordReceivedDossier } from '../rules/receive';

/**
 * A small demonstration set for the embedded mode: dossiers received over the last days at two of today's
 * communes of former Lai Vung, through the same path a desk receipt takes (code, row and event together), so
 * that reporting counts them. Names and ID numbers are invented. Loaded only into an empty database.
 */
const DEMO_UNITS = [
  { unitCode: '30226', unitPath: ['30226', '82'], agencyCode: '000.00.91.H20' },
  { unitCode: '30208', unitPath: ['30208', '82'], agencyCode: '000.00.92.H20' },
] as const;

const DEMO_FILINGS: Array<{
  unit: 0 | 1;
  daysAgo: number;
  hour: number;
  procedureCode: string;
  workingDays: number;
  channel: Channel;
  applicantName: string;
  applicantIdNumber: string;
}> = [
  {
    unit: 0,
    daysAgo: 6,
    hour: 8,
    procedureCode: '1.001193',
    workingDays: 0,
    channel: 'ONLINE',
    applicantName: 'Nguyễn Thị Mai',
    applicantIdNumber: '087190000001',
  },
  {
    unit: 0,
    daysAgo: 6,
    hour: 9,
    procedureCode: '2.000815',
    workingDays: 0,
    channel: 'IN_PERSON',
    applicantName: 'Trần Văn Bình',
    applicantIdNumber: '087190000002',
  },
  {
    unit: 0,
    daysAgo: 5,
    hour: 14,
    procedureCode: '1.001612',
    workingDays: 3,
    channel: 'ONLINE',
    applicantName: 'Lê Hoàng Nam',
    applicantIdNumber: '087190000003',
  },
  {
    unit: 0,
    daysAgo: 3,
    hour: 10,
    procedureCode: '1.000894',
    workingDays: 3,
    channel: 'POST',
    applicantName: 'Phạm Minh Châu',
    applicantIdNumber: '087190000004',
  },
  {
    unit: 0,
    daysAgo: 1,
    hour: 15,
    procedureCode: '1.000656',
    workingDays: 3,
    channel: 'IN_PERSON',
    applicantName: 'Võ Thị Hạnh',
    applicantIdNumber: '087190000005',
  },
  {
    unit: 1,
    daysAgo: 7,
    hour: 8,
    procedureCode: '2.000884',
    workingDays: 0,
    channel: 'IN_PERSON',
    applicantName: 'Huỳnh Văn Tài',
    applicantIdNumber: '087190000006',
  },
  {
    unit: 1,
    daysAgo: 4,
    hour: 9,
    procedureCode: '1.001193',
    workingDays: 0,
    channel: 'ONLINE',
    applicantName: 'Đặng Thị Lan',
    applicantIdNumber: '087190000007',
  },
  {
    unit: 1,
    daysAgo: 2,
    hour: 13,
    procedureCode: '1.001612',
    workingDays: 3,
    channel: 'ONLINE',
    applicantName: 'Bùi Quốc Việt',
    applicantIdNumber: '087190000008',
  },
];

/** Weekends only: the working-day calendar with holidays belongs to the catalogue and arrives with filing. */
function addWeekdays(start: Date, days: number): Date {
  const result = new Date(start);
  let left = days;
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    const weekday = new Date(result.getTime() + 7 * 3600_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return result;
}

export async function loadDemoDossiers(
  db: DossiersDatabase,
  source: string,
  now = new Date(),
): Promise<number> {
  const [existing] = await db.select({ count: sql<number>`count(*)::int` }).from(dossiers);
  if ((existing?.count ?? 0) > 0) return 0;
  for (const filing of DEMO_FILINGS) {
    const unit = DEMO_UNITS[filing.unit];
    const receivedAt = new Date(now);
    receivedAt.setUTCDate(receivedAt.getUTCDate() - filing.daysAgo);
    receivedAt.setUTCHours(filing.hour - 7, 0, 0, 0);
    await recordReceivedDossier(
      db,
      {
        ...unit,
        unitPath: [...unit.unitPath],
        procedureCode: filing.procedureCode,
        procedureVersion: 1,
        channel: filing.channel,
        applicantName: filing.applicantName,
        applicantIdNumber: filing.applicantIdNumber,
        receivedAt,
        appointmentAt: addWeekdays(receivedAt, filing.workingDays),
      },
      source,
    );
  }
  return DEMO_FILINGS.length;
}
