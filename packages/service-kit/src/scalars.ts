import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Strict: 2019-02-30 is refused, where Date.parse would quietly read it as 2 March. */
function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || !isCalendarDate(value)) {
    throw new GraphQLError('Ngày phải có dạng YYYY-MM-DD / A date must look like YYYY-MM-DD', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** Calendar dates travel as `YYYY-MM-DD` strings: a date has no time zone, so it must never become a Date. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const parsed = typeof value === 'string' ? new Date(value) : Number.NaN;
  if (typeof value !== 'string' || !/[zZ]|[+-]\d{2}:\d{2}$/.test(value) || Number.isNaN(Number(parsed))) {
    throw new GraphQLError(
      'Thời điểm phải theo ISO 8601 kèm múi giờ / A moment must be ISO 8601 with an offset',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return parsed as Date;
}

/** Moments are serialised in UTC ISO form; clients show them in Vietnam time. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    return parseDateTime(value).toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Today's date in Vietnam (UTC+7, no daylight saving), which is the date every rule here speaks of. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
