/**
 * The article's six months, and the quarter after them, as legacy history rows for the dossiers import
 * (services/dossiers/src/import/): Lai Vung district desk and its 12 communes and town. Deterministic (seeded), so
 * that the same file is produced on every machine and the dashboard shows the article's figures.
 *
 * 1 January – 30 June 2019, as the article (Báo Đồng Tháp, 25/7/2019) reports them: more than 3,400 received (3,412),
 * 3,050 resolved on time or early, none late, 343 in progress on 30 June (none overdue), 282 results returned by the
 * public post from the communes; 12 withdrawn and 7 stopped make up the rest of the receipts (Biểu 06a counts them
 * resolved on time, beside the 3,050 resolved with a result). Online filing is rare ("chưa có hồ sơ phát sinh
 * nhiều") and nobody is assisted: the article describes the "students accompany citizens" model as starting after
 * those six months, so no volunteer appears before it.
 * 1 July – 30 September 2019, so that the history goes on plausibly: the 343 dossiers open on 30 June finish in
 * July, by their appointment; new dossiers come in at the same pace; the 26 student volunteers of the summer
 * campaign sit at the 13 desks from 15 July (the article, of 25 July, describes the model as under way; it does not
 * give the first day) to 16 August, then youth-union members take over until the end of the year, as the article
 * says; every dossier of the quarter finishes, the last ones in early October.
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
} as const;

/** The quarter after the article, which the demonstration goes on with. */
export const AFTER_ARTICLE = {
  from: '2019-07-01',
  to: '2019-09-30',
  /** The summer campaign's student volunteers (26: two at each of the 13 desks). */
  studentsFrom: '2019-07-15',
  studentsUntil: '2019-08-16',
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
  '2019-09-02',
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

type Draft = { unit: DemoUnit; day: string; minutes: number; procedure: DemoProcedure };

/** What happens to a dossier after its receipt. */
type Fate =
  | { kind: 'RESOLVE'; from: string; until: string; returnChannel: 'DESK' | 'POST' }
  | { kind: 'WITHDRAW' | 'STOP' };

function workingDaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = nextDay(day)) if (isWorkingDay(day)) days.push(day);
  return days;
}

export function laiVung2019History(): LegacyRow[] {
  const next = random(20190725);
  const units = [DISTRICT, ...COMMUNES];
  const poolOf = (unit: DemoUnit) => (unit === DISTRICT ? DISTRICT_PROCEDURES : COMMUNE_PROCEDURES);
  const spread = (days: string[], count: number): Draft[] => {
    const drafts: Draft[] = [];
    for (let index = 0; index < count; index += 1) {
      const day = days[Math.floor((index * days.length) / count)] as string;
      const unit = pick(units, next());
      drafts.push({ unit, day, minutes: officeMinute(next()), procedure: pick(poolOf(unit), next()) });
    }
    return drafts.sort((a, b) => (a.day === b.day ? a.minutes - b.minutes : a.day < b.day ? -1 : 1));
  };

  // The article's half-year.
  const firstHalf = spread(workingDaysBetween('2019-01-02', '2019-06-28'), ARTICLE_FIGURES.received);
  // The last receipts are the ones still open on 30 June; each gets the shortest long procedure that keeps it
  // within its deadline on that day (the article reports none overdue).
  const openFrom = firstHalf.length - ARTICLE_FIGURES.inProgress;
  for (const draft of firstHalf.slice(openFrom)) {
    const pool = poolOf(draft.unit)
      .filter((procedure) => procedure.days > 0)
      .sort((a, b) => a.days - b.days);
    draft.procedure =
      pool.find((procedure) => appointment(draft.day, draft.minutes, procedure) >= moment('2019-07-01', 0)) ??
      (pool[pool.length - 1] as DemoProcedure);
  }
  const closed = firstHalf.slice(0, openFrom).map((_, index) => index);
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
      !ending.has(index) &&
      firstHalf[index]?.unit !== DISTRICT &&
      (firstHalf[index]?.day ?? '') < '2019-06-20',
  );
  const byPost = takeRandom(ARTICLE_FIGURES.returnedByPost, byPostCandidates);
  const firstHalfFates: Fate[] = firstHalf.map((_, index) => {
    if (index >= openFrom)
      return { kind: 'RESOLVE', from: '2019-07-01', until: '2019-07-31', returnChannel: 'DESK' };
    if (ending.has(index)) return { kind: withdrawn.has(index) ? 'WITHDRAW' : 'STOP' };
    return {
      kind: 'RESOLVE',
      from: '',
      until: '2019-06-28',
      returnChannel: byPost.has(index) ? 'POST' : 'DESK',
    };
  });

  // The quarter after, at the same pace; everything in it finishes.
  const firstHalfDays = workingDaysBetween('2019-01-02', '2019-06-28').length;
  const quarterDays = workingDaysBetween(AFTER_ARTICLE.from, AFTER_ARTICLE.to);
  const quarter = spread(
    quarterDays,
    Math.round((ARTICLE_FIGURES.received * quarterDays.length) / firstHalfDays),
  );
  const quarterFates: Fate[] = quarter.map((draft) => {
    const roll = next();
    if (roll < 0.0035) return { kind: 'WITHDRAW' };
    if (roll < 0.0055) return { kind: 'STOP' };
    const post = draft.unit !== DISTRICT && next() < 0.09;
    return { kind: 'RESOLVE', from: '', until: '2019-12-31', returnChannel: post ? 'POST' : 'DESK' };
  });

  const sequences = new Map<string, number>();
  const assistedTurns = new Map<string, number>();
  const drafts = [...firstHalf, ...quarter];
  const fates = [...firstHalfFates, ...quarterFates];
  return drafts.map((draft, index) => {
    const { unit, day, minutes, procedure } = draft;
    const fate = fates[index] as Fate;
    const key = `${unit.agencyCode}-${day}`;
    const sequence = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, sequence);
    const code = `${unit.agencyCode}-${day.slice(2).replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
    const modelRunning = day >= AFTER_ARTICLE.studentsFrom;
    const online = procedure.online && next() < (modelRunning ? 0.4 : 0.03);
    const assisted = online && modelRunning && next() < 0.85;
    const channel = online ? 'ONLINE' : next() < 0.015 ? 'POST' : 'IN_PERSON';
    const receivedAt = moment(day, minutes);
    const appointmentAt = appointment(day, minutes, procedure);
    const history: LegacyStep[] = [];
    // Students at a desk take turns, as they sit there on alternate days; after the summer campaign a youth-union
    // member of the commune helps instead.
    const turn = assistedTurns.get(unit.code) ?? 0;
    if (assisted) assistedTurns.set(unit.code, turn + 1);
    const assistedBy = !assisted
      ? null
      : day <= AFTER_ARTICLE.studentsUntil
        ? `sv-${unit.code}-${(turn % 2) + 1}`
        : `dv-${unit.code}-1`;
    if (online) {
      history.push({
        at: new Date(Date.parse(receivedAt) - (30 + Math.floor(next() * 600)) * 60_000).toISOString(),
        action: 'SUBMIT',
        actorRole: assisted ? 'VOLUNTEER' : 'CITIZEN',
      });
    }
    history.push({ at: receivedAt, action: 'RECEIVE', actorRole: 'OFFICER', appointmentAt });
    if (fate.kind !== 'RESOLVE') {
      // Before the appointment: the article reports nothing late, and Biểu 06a judges these against it too.
      const wait = Math.min(26 * 3600_000, (Date.parse(appointmentAt) - Date.parse(receivedAt)) / 2);
      const at = new Date(Date.parse(receivedAt) + Math.floor(wait)).toISOString();
      history.push(
        fate.kind === 'WITHDRAW'
          ? { at, action: 'WITHDRAW', actorRole: 'CITIZEN', reason: 'Công dân xin rút hồ sơ' }
          : {
              at,
              action: 'STOP',
              actorRole: 'OFFICER',
              reason: 'Hồ sơ thuộc trường hợp phải dừng xử lý theo quy định',
            },
      );
    } else {
      // Between the receipt (or the first day allowed) and the appointment, or the last moment allowed.
      const earliest = Math.max(
        Date.parse(receivedAt),
        fate.from ? Date.parse(moment(fate.from, 7 * 60)) : 0,
      );
      const latest = Math.min(Date.parse(appointmentAt), Date.parse(moment(fate.until, 16 * 60 + 55)));
      const span = Math.max(0, latest - earliest);
      const resolvedAt = new Date(
        fate.from
          ? earliest + Math.floor(span * next())
          : earliest + Math.max(10 * 60_000, Math.floor(span * (0.3 + 0.65 * next()))),
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
          resolvedAt.getTime() + (fate.returnChannel === 'POST' ? 20 : 1) * 3600_000,
          Date.parse(moment(fate.until, 16 * 60 + 56)),
        ),
      );
      history.push({
        at: returnedAt.toISOString(),
        action: 'RETURN_RESULT',
        actorRole: 'OFFICER',
        returnChannel: fate.returnChannel,
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
      returnChannel: fate.kind === 'RESOLVE' ? fate.returnChannel : 'DESK',
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
