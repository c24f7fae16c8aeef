import { signIdentity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import type { WorkingDuration } from './db/schema';

export type FormField = {
  key: string;
  type: 'TEXT' | 'TEXTAREA' | 'DATE' | 'NUMBER' | 'SELECT' | 'CHECKBOX' | 'ID_NUMBER' | 'PHONE' | 'EMAIL';
  label: string;
  required: boolean;
  pattern: string | null;
  options: Array<{ value: string; label: string }> | null;
  maxLength: number | null;
};

export type CatalogueProcedure = {
  code: string;
  version: number;
  name: string;
  methods: Array<{
    method: 'IN_PERSON' | 'ONLINE' | 'POST';
    duration: WorkingDuration | null;
    fee: { kind: string; amountVnd: number | null; description: string | null } | null;
  }>;
  forms: Array<{ id: string; name: string; fields: FormField[] }>;
  /** Documents to hand in (thành phần hồ sơ), each for a case ("Chung": every case). */
  documents: Array<{
    case: string;
    name: string;
    copies: { original: number; copy: number };
    /** The form template the document is filled in on, if any. */
    formId: string | null;
  }>;
};

/** A method's fee where the amount is the unit's province's: its amount (null: not recorded) and resolution. */
export type UnitFee = {
  method: 'IN_PERSON' | 'ONLINE' | 'POST';
  kind: string;
  amountVnd: number | null;
  description: string;
  /** The People's Council resolution that set the amount; null when none is recorded. */
  resolution: string | null;
};

export type CatalogueUnit = { code: string; name: string; agencyCode: string; path: string[] };

/** What dossiers needs of the catalogue (its schema: services/catalogue/src/schema.graphql). */
export type CatalogueClient = {
  procedure: (code: string, version?: number) => Promise<CatalogueProcedure | null>;
  unit: (code: string) => Promise<CatalogueUnit | null>;
  offersOnline: (unitCode: string, procedureCode: string, on: string) => Promise<boolean>;
  /** The fees of a procedure version as they apply at a unit on a day (a province's amount filled in). */
  feesAt: (procedureCode: string, version: number, unitCode: string, on: string) => Promise<UnitFee[]>;
  appointmentFor: (receivedAt: Date, duration: WorkingDuration) => Promise<Date>;
  /** Office minutes between two moments on the working-day calendar. */
  workingMinutesBetween: (from: Date, to: Date) => Promise<number>;
  /** The moment that many office minutes after `from`. */
  addWorkingMinutes: (from: Date, minutes: number) => Promise<Date>;
};

const PROCEDURE = /* GraphQL */ `
  query Procedure($code: ID!, $version: Int) {
    procedure(code: $code, version: $version) {
      code
      version
      name
      methods { method duration { unit value cutoff } fee { kind amountVnd description } }
      forms { id name fields { key type label required pattern options { value label } maxLength } }
      documents { case name copies { original copy } formId }
    }
  }
`;

// Four levels reach from a commune to the top of any hierarchy we hold (commune, district, province).
const UNIT = /* GraphQL */ `
  query Unit($code: ID!) {
    administrativeUnit(code: $code) {
      code name agencyCode parent { code parent { code parent { code } } }
    }
  }
`;

const FEES_AT = /* GraphQL */ `
  query FeesAt($code: ID!, $version: Int, $unit: ID!, $on: Date) {
    procedure(code: $code, version: $version) {
      methods(unitCode: $unit, on: $on) {
        method fee { kind amountVnd description provinceFee { resolution } }
      }
    }
  }
`;

const OFFERS_ONLINE = /* GraphQL */ `
  query OffersOnline($unit: ID!, $procedure: ID!, $on: Date) {
    administrativeUnit(code: $unit) { offersOnline(procedureCode: $procedure, on: $on) }
  }
`;

const APPOINTMENT = /* GraphQL */ `
  query Appointment($receivedAt: DateTime!, $duration: WorkingDurationInput!) {
    appointmentFor(receivedAt: $receivedAt, duration: $duration)
  }
`;

const WORKING_MINUTES = /* GraphQL */ `
  query WorkingMinutes($from: DateTime!, $to: DateTime!) { workingMinutesBetween(from: $from, to: $to) }
`;

const ADD_WORKING_MINUTES = /* GraphQL */ `
  query AddWorkingMinutes($from: DateTime!, $minutes: Int!) { addWorkingMinutes(from: $from, minutes: $minutes) }
`;

type ParentChain = { code: string; parent: ParentChain | null } | null;

const unavailable = () =>
  userError(
    'UNAVAILABLE',
    'Không truy vấn được danh mục thủ tục, vui lòng thử lại sau ít phút',
    'The procedure catalogue cannot be reached; please try again in a few minutes',
  );

/**
 * Reference data changes a few times a year and every filing reads it: a short cache spares the catalogue one
 * round trip per lookup while an edit still shows within a minute.
 */
function cached<Args extends unknown[], T>(ttlMs: number, load: (...args: Args) => Promise<T>) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return (...args: Args): Promise<T> => {
    const key = JSON.stringify(args);
    const hit = entries.get(key);
    if (hit && Date.now() - hit.at < ttlMs) return hit.value;
    const value = load(...args);
    entries.set(key, { at: Date.now(), value });
    // A failed lookup is not remembered.
    value.catch(() => entries.delete(key));
    return value;
  };
}

/** HTTP to the catalogue subgraph as the SERVICE role, the way the gateway would sign a user's call. */
export function createCatalogueClient(options: {
  url: string;
  identitySecret: string;
  timeoutMs?: number;
  cacheMs?: number;
}): CatalogueClient {
  const ttl = options.cacheMs ?? 60_000;
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked field by field below
  const call = async (query: string, variables: Record<string, unknown>): Promise<any> => {
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signIdentity(
            { sub: 'dossiers', role: 'SERVICE', unitCode: null, name: null },
            options.identitySecret,
          ),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
      });
    } catch {
      throw unavailable();
    }
    if (!response.ok && response.status >= 500) throw unavailable();
    const body = (await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    // The catalogue answers an unknown or malformed code with NOT_FOUND or BAD_USER_INPUT: for us that is "none".
    const absent = (code: string | undefined) => code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';
    if (body.errors?.length && body.errors.every((error) => absent(error.extensions?.code))) return null;
    if (body.errors?.length) {
      throw new Error(`catalogue answered errors: ${body.errors.map((e) => e.message).join('; ')}`);
    }
    return body.data;
  };

  return {
    procedure: cached(ttl, async (code: string, version?: number) => {
      const data = await call(PROCEDURE, { code, version: version ?? null });
      const procedure = data?.procedure;
      if (!procedure) return null;
      return {
        ...procedure,
        methods: procedure.methods.map((m: CatalogueProcedure['methods'][number]) => ({
          ...m,
          duration: m.duration ? { ...m.duration, cutoff: m.duration.cutoff ?? null } : null,
        })),
      };
    }),
    unit: cached(ttl, async (code: string) => {
      const data = await call(UNIT, { code });
      const unit = data?.administrativeUnit;
      if (!unit) return null;
      const path = [unit.code as string];
      for (let parent: ParentChain = unit.parent; parent; parent = parent.parent) path.push(parent.code);
      return { code: unit.code, name: unit.name, agencyCode: unit.agencyCode, path };
    }),
    offersOnline: cached(ttl, async (unitCode: string, procedureCode: string, on: string) => {
      const data = await call(OFFERS_ONLINE, { unit: unitCode, procedure: procedureCode, on });
      return data?.administrativeUnit?.offersOnline === true;
    }),
    feesAt: cached(ttl, async (procedureCode: string, version: number, unitCode: string, on: string) => {
      const data = await call(FEES_AT, { code: procedureCode, version, unit: unitCode, on });
      if (!data?.procedure) throw unavailable();
      return data.procedure.methods.map(
        (terms: {
          method: UnitFee['method'];
          fee: Omit<UnitFee, 'method' | 'resolution'> & { provinceFee: { resolution: string } | null };
        }) => ({
          method: terms.method,
          kind: terms.fee.kind,
          amountVnd: terms.fee.amountVnd,
          description: terms.fee.description,
          resolution: terms.fee.provinceFee?.resolution ?? null,
        }),
      );
    }),
    appointmentFor: async (receivedAt, duration) => {
      const data = await call(APPOINTMENT, {
        receivedAt: receivedAt.toISOString(),
        duration: {
          unit: duration.unit,
          value: duration.value,
          ...(duration.cutoff ? { cutoff: duration.cutoff } : {}),
        },
      });
      return new Date(data.appointmentFor);
    },
    workingMinutesBetween: async (from, to) => {
      const data = await call(WORKING_MINUTES, { from: from.toISOString(), to: to.toISOString() });
      return data.workingMinutesBetween as number;
    },
    addWorkingMinutes: async (from, minutes) => {
      const data = await call(ADD_WORKING_MINUTES, { from: from.toISOString(), minutes });
      return new Date(data.addWorkingMinutes);
    },
  };
}
