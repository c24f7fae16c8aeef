import type { Identity } from '@dvc/identity';
import type { ProcedureVersion } from '../data/procedures';
import type { UnitVersion } from '../data/units';
import type { Loaders } from '../loaders';
import { REORGANISATION_2025 } from '../reference-data';
import { isAdmin } from './access';
import { notFound, requireProcedureCode } from './codes';

/** What `details` holds: the parts of a procedure that are read whole, never queried into. */
export type ProcedureDetails = {
  implementingAgency: string;
  steps: string[];
  methods: Array<{
    method: 'IN_PERSON' | 'ONLINE' | 'POST';
    duration: { unit: 'WORKING_DAYS' | 'WORKING_HOURS' | 'SAME_DAY'; value: number; cutoff?: string | null };
    fee: { kind: string; amountVnd: number; description: string };
  }>;
  documents: Array<{
    case: string;
    name: string;
    copies: { original: number; copy: number };
    formCode?: string | null;
  }>;
  result: string;
  legalBasis: Array<{ number: string; date: string; issuer: string; title: string }>;
  conditions: string | null;
};

export const detailsOf = (procedure: ProcedureVersion) => procedure.details as ProcedureDetails;

/** A version as the caller may see it: drafts only for administrators; unknown codes are an error. */
export async function findProcedure(
  loaders: Loaders,
  identity: Identity,
  code: string,
  version: number | null | undefined,
): Promise<ProcedureVersion> {
  requireProcedureCode(code);
  const found =
    version == null
      ? await loaders.procedure.load(code)
      : await loaders.procedureVersion.load({ code, version });
  if (!found || (found.publishedAt === null && !isAdmin(identity))) {
    throw version == null
      ? notFound('thủ tục', 'procedure', code)
      : notFound(`phiên bản ${version} của thủ tục`, `version ${version} of procedure`, code);
  }
  return found;
}

/**
 * Levels whose procedures a unit implements: its own, and since the 2025 reorganisation removed the district
 * level, communes formed then also carry the former district procedures (the national list moved most of them
 * down; those that went to the province are not in this catalogue).
 */
export function levelsImplementedBy(unit: UnitVersion): string[] {
  if (unit.level === 'COMMUNE' && unit.validFrom >= REORGANISATION_2025.firstDayNew)
    return ['COMMUNE', 'DISTRICT'];
  return [unit.level];
}

export function unitImplements(unit: UnitVersion, procedure: ProcedureVersion): boolean {
  return levelsImplementedBy(unit).some((level) => procedure.levels.includes(level));
}
