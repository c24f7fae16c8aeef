/**
 * The article's six months, as legacy history rows for the dossiers import (services/dossiers/src/import/): Lai
 * Vung district desk and its 12 communes and town, 1 January – 30 June 2019. Deterministic (seeded), so that the same
 * file is produced on every machine and the dashboard shows the article's figures:
 * 3,412 received (more than 3,400), 3,050 resolved, all by the appointment day, 343 in progress on 30 June (none
 * overdue), 282 results returned by public post from the communes, 12 withdrawn and 7 stopped. Online filing is
 * rare before the "students accompany citizens" model (26 volunteers) starts on 1 April 2019, and mostly assisted
 * after it.
 * Units, agency codes and procedures follow the catalogue's reference data (services/catalogue/src/reference-data).
 */

export type LegacyStep = {
  at: string;
  action: 'SUBMIT' | 'RECEIVE' | 'START_PROCESSING' | 'RESOLVE' | 'RETURN_RESULT' | 'WITHDRAW' | 'STOP';
  actorRole: string;
  appointmentAt?: string;
  returnChannel?: 'DESK' | 'POST' | 'ONLINE';
  reason?: string;
};

export type LegacyRow = {
  code: string;
  unitCode: string;
  unitPath: string[];
  agencyCode: string;
  procedureCode: string;
  procedureVersion: number;
  channel: 'IN_PERSON' | 'ONLINE' | 'POST';
  returnChannel: 'DESK' | 'POST' | 'ONLINE';
  feeVnd: number;
  applicant: { kind: 'PERSON'; name: string; idNumber: string };
  assistedBy: string | null;
  history: LegacyStep[];
};

export const ARTICLE_FIGURES = {
  from: '2019-01-01',
  to: '2019-06-30',
  received: 3412,
  resolved: 3050,
  inProgress: 343,
  returnedByPost: 282,
  withdrawn: 12,
  stopped: 7,
  volunteers: 26,
  volunteerModelStart: '2019-04-01',
} as const;

type DemoUnit = { code: string; agencyCode: string; weight: number };

const DISTRICT: DemoUnit = { code: '876', agencyCode: '000.00.11.H20', weight: 22 };
const COMMUNES: DemoUnit[] = [
  ['30208', 14],
  ['30211', 6],
  ['30214', 6],
  ['30217', 6],
  ['30220', 5],
  ['30223', 6],
  ['30226', 6],
  ['30229', 5],
  ['30232', 6],
  ['30235', 6],
  ['30238', 6],
  ['30241', 6],
].map(([code, weight], index) => ({
  code: code as string,
  agencyCode: `000.${String(index + 1).padStart(2, '0')}.11.H20`,
  weight: weight as number,
}));

/** Duration in working days; 0 = same day (before 15:00 → 17:00 that day, else 17:00 the next working day). */
type DemoProcedure = { code: string; days: number; feeVnd: number; online: boolean; weight: number };

const COMMUNE_PROCEDURES: DemoProcedure[] = [
  { code: '1.001193', days: 0, feeVnd: 0, online: true, weight: 14 }, // khai sinh
  { code: '1.000656', days: 0, feeVnd: 0, online: true, weight: 5 }, // khai tử
  { code: '1.000894', days: 0, feeVnd: 0, online: true, weight: 5 }, // kết hôn
  { code: '2.000815', days: 0, feeVnd: 2000, online: false, weight: 30 }, // chứng thực bản sao
  { code: '2.000884', days: 0, feeVnd: 10000, online: false, weight: 14 }, // chứng thực chữ ký
  { code: '1.004873', days: 3, feeVnd: 0, online: true, weight: 10 }, // xác nhận tình trạng hôn nhân
  { code: '2.001035', days: 2, feeVnd: 50000, online: false, weight: 8 }, // chứng thực hợp đồng
  { code: '1.011606', days: 10, feeVnd: 0, online: false, weight: 3 }, // hộ nghèo
  { code: '1.001776', days: 22, feeVnd: 0, online: false, weight: 2 }, // trợ cấp xã hội
  { code: '1.013967', days: 30, feeVnd: 0, online: false, weight: 1 }, // hòa giải đất đai
];
const DISTRICT_PROCEDURES: DemoProcedure[] = [
  { code: '2.000815', days: 0, feeVnd: 2000, online: false, weight: 20 },
  { code: '1.001612', days: 3, feeVnd: 100000, online: true, weight: 25 }, // thành lập hộ kinh doanh
  { code: '2.000720', days: 3, feeVnd: 50000, online: true, weight: 15 },
  { code: '1.001570', days: 3, feeVnd: 0, online: true, weight: 8 },
  { code: '1.000748', days: 10, feeVnd: 0, online: false, weight: 10 }, // giấy khen
  { code: '1.000775', days: 20, feeVnd: 0, online: false, weight: 8 },
  { code: '2.000806', days: 15, feeVnd: 0, online: false, weight: 2 },
];

/** Days off in 2019 (Decision of the Prime Minister on Tết and the national holidays). */
const HOLIDAYS_2019 = new Set([
  '2019-01-01',
  '2019-02-04',
  '2019-02-05',
  '2019-02-06',
  '2019-02-07',
  '2019-02-08',
  '2019-04-15',
  '2019-04-29',
  '2019-04-30',
  '2019-05-01',
]);

const VN = 7 * 3600_000;

function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS_2019.has(day);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function addWorkingDays(day: string, count: number): string {
  let current = day;
  for (let left = count; left > 0; ) {
    current = nextDay(current);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** A Vietnam wall-clock moment as UTC ISO. */
function moment(day: string, minutesOfDay: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + minutesOfDay * 60_000 - VN).toISOString();
}

function appointment(day: string, minutes: number, procedure: DemoProcedure): string {
  if (procedure.days === 0) return moment(minutes < 15 * 60 ? day : addWorkingDays(day, 1), 17 * 60);
  return moment(addWorkingDays(day, procedure.days), minutes);
}

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T extends { weight: number }>(items: readonly T[], roll: number): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let left = roll * total;
  for (const item of items) {
    left -= item.weight;
    if (left < 0) return item;
  }
  return items[items.length - 1] as T;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Đặng', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Ngọc', 'Hoàng'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Hạnh',
  'Hùng',
  'Lan',
  'Mai',
  'Nam',
  'Phúc',
  'Tâm',
  'Thảo',
  'Trung',
  'Vy',
];

/** Office minutes of a working day: 07:00–11:30 and 13:30–17:00. */
function officeMinute(roll: number): number {
  const minute = Math.floor(roll * 480);
  return minute < 270 ? 7 * 60 + minute : 13 * 60 + 30 + (minute - 270);
}

export function laiVung2019History(): LegacyRow[] {
  const next = random(20190725);
  const days: string[] = [];
  for (let day = '2019-01-02'; day <= '2019-06-28'; day = nextDay(day)) if (isWorkingDay(day)) days.push(day);
  const units = [DISTRICT, ...COMMUNES];
  const volunteers = new Map(units.map((unit) => [unit.code, [1, 2].map((n) => `sv-${unit.code}-${n}`)]));

  type Draft = { unit: DemoUnit; day: string; minutes: number; procedure: DemoProcedure };
  const drafts: Draft[] = [];
  for (let index = 0; index < ARTICLE_FIGURES.received; index += 1) {
    const day = days[Math.floor((index * days.length) / ARTICLE_FIGURES.received)] as string;
    const unit = pick(units, next());
    const pool = unit === DISTRICT ? DISTRICT_PROCEDURES : COMMUNE_PROCEDURES;
    drafts.push({ unit, day, minutes: officeMinute(next()), procedure: pick(pool, next()) });
  }
  drafts.sort((a, b) => (a.day === b.day ? a.minutes - b.minutes : a.day < b.day ? -1 : 1));

  // The last receipts are the ones still open on 30 June; each gets the shortest long procedure that keeps it
  // within its deadline on that day (the article reports none overdue).
  const openFrom = drafts.length - ARTICLE_FIGURES.inProgress;
  for (const draft of drafts.slice(openFrom)) {
    const pool = (draft.unit === DISTRICT ? DISTRICT_PROCEDURES : COMMUNE_PROCEDURES)
      .filter((procedure) => procedure.days > 0)
      .sort((a, b) => a.days - b.days);
    draft.procedure =
      pool.find((procedure) => appointment(draft.day, draft.minutes, procedure) >= moment('2019-07-01', 0)) ??
      (pool[pool.length - 1] as DemoProcedure);
  }

  const closed = drafts.slice(0, openFrom).map((_, index) => index);
  const takeRandom = (count: number, from: number[]) => {
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(from[Math.floor(next() * from.length)] as number);
    return chosen;
  };
  const ending = takeRandom(
    ARTICLE_FIGURES.withdrawn + ARTICLE_FIGURES.stopped,
    closed.slice(0, closed.length - 200),
  );
  const withdrawn = new Set([...ending].slice(0, ARTICLE_FIGURES.withdrawn));
  const byPostCandidates = closed.filter(
    (index) =>
      !ending.has(index) && drafts[index]?.unit !== DISTRICT && (drafts[index]?.day ?? '') < '2019-06-20',
  );
  const byPost = takeRandom(ARTICLE_FIGURES.returnedByPost, byPostCandidates);

  const sequences = new Map<string, number>();
  const assistedTurns = new Map<string, number>();
  const periodEnd = moment('2019-06-28', 16 * 60 + 55);
  return drafts.map((draft, index) => {
    const { unit, day, minutes, procedure } = draft;
    const key = `${unit.agencyCode}-${day}`;
    const sequence = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, sequence);
    const code = `${unit.agencyCode}-${day.slice(2).replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
    const modelRunning = day >= ARTICLE_FIGURES.volunteerModelStart;
    const online = procedure.online && next() < (modelRunning ? 0.35 : 0.03);
    const assisted = online && modelRunning && next() < 0.8;
    const channel = online ? 'ONLINE' : next() < 0.015 ? 'POST' : 'IN_PERSON';
    const receivedAt = moment(day, minutes);
    const appointmentAt = appointment(day, minutes, procedure);
    const history: LegacyStep[] = [];
    const unitVolunteers = volunteers.get(unit.code) ?? [];
    // Volunteers at a desk take turns, as they sit there on alternate days.
    const turn = assistedTurns.get(unit.code) ?? 0;
    if (assisted) assistedTurns.set(unit.code, turn + 1);
    const assistedBy = assisted ? (unitVolunteers[turn % unitVolunteers.length] ?? null) : null;
    if (online) {
      history.push({
        at: new Date(Date.parse(receivedAt) - (30 + Math.floor(next() * 600)) * 60_000).toISOString(),
        action: 'SUBMIT',
        actorRole: assisted ? 'VOLUNTEER' : 'CITIZEN',
      });
    }
    history.push({ at: receivedAt, action: 'RECEIVE', actorRole: 'OFFICER', appointmentAt });
    const returnChannel = byPost.has(index) ? 'POST' : 'DESK';
    if (index >= openFrom) {
      history.push({
        at: new Date(Date.parse(receivedAt) + 60 * 60_000).toISOString(),
        action: 'START_PROCESSING',
        actorRole: 'OFFICER',
      });
    } else if (ending.has(index)) {
      const at = new Date(Date.parse(receivedAt) + 26 * 3600_000).toISOString();
      history.push(
        withdrawn.has(index)
          ? { at, action: 'WITHDRAW', actorRole: 'CITIZEN', reason: 'Công dân xin rút hồ sơ' }
          : {
              at,
              action: 'STOP',
              actorRole: 'OFFICER',
              reason: 'Hồ sơ thuộc trường hợp phải dừng xử lý theo quy định',
            },
      );
    } else {
      const span = Math.min(Date.parse(appointmentAt), Date.parse(periodEnd)) - Date.parse(receivedAt);
      const resolvedAt = new Date(
        Date.parse(receivedAt) + Math.max(10 * 60_000, Math.floor(span * (0.3 + 0.65 * next()))),
      );
      const started = new Date(
        Date.parse(receivedAt) + Math.floor((resolvedAt.getTime() - Date.parse(receivedAt)) / 3),
      );
      history.push(
        { at: started.toISOString(), action: 'START_PROCESSING', actorRole: 'OFFICER' },
        { at: resolvedAt.toISOString(), action: 'RESOLVE', actorRole: 'OFFICER' },
      );
      const returnedAt = new Date(
        Math.min(
          resolvedAt.getTime() + (returnChannel === 'POST' ? 20 : 1) * 3600_000,
          Date.parse(periodEnd) + 60_000,
        ),
      );
      history.push({
        at: returnedAt.toISOString(),
        action: 'RETURN_RESULT',
        actorRole: 'OFFICER',
        returnChannel,
      });
    }
    const family = FAMILY[Math.floor(next() * FAMILY.length)];
    const middle = MIDDLE[Math.floor(next() * MIDDLE.length)];
    const given = GIVEN[Math.floor(next() * GIVEN.length)];
    return {
      code,
      unitCode: unit.code,
      unitPath: unit === DISTRICT ? ['876', '87'] : [unit.code, '876', '87'],
      agencyCode: unit.agencyCode,
      procedureCode: procedure.code,
      procedureVersion: 1,
      channel,
      returnChannel,
      feeVnd: procedure.feeVnd,
      applicant: {
        kind: 'PERSON',
        name: `${family} ${middle} ${given}`,
        idNumber: `0870${String(60 + Math.floor(next() * 40))}${String(Math.floor(next() * 1_000_000)).padStart(6, '0')}`,
      },
      assistedBy,
      history,
    };
  });
}
