import { sql } from 'drizzle-orm';
import { clearUnitMark, markUnit, unitState } from '../data/unit-states';
import type { DossiersDatabase } from '../db';
import { copyUnit, deleteUnitRows } from './copy';
import { instanceServing, readRegistry, targetInstance, withUnitAt, writeRegistry } from './registry-file';
import { type Check, formatChecks, verifyUnit } from './verify';

export type MoveUnitRequest = {
  source: DossiersDatabase;
  target: DossiersDatabase;
  unit: string;
  /**
   * The unit's agency codes (the first part of its dossier codes); read from its dossiers when not given. Give
   * them when the unit has no dossiers yet, or to add the one its new dossiers will carry.
   */
  agencies?: readonly string[];
  fromFiles: string;
  toFiles: string;
  registryPath: string;
  toInstance: string;
  toUrl?: string;
  log: (line: string) => void;
};

export type MoveUnitResult =
  | { outcome: 'MOVED'; checks: Check[] }
  | { outcome: 'ALREADY_MOVED' }
  | { outcome: 'DIFFERENT'; checks: Check[]; problems: string[] };

/**
 * The agency codes the unit's dossier codes were issued under: one, or two when the unit's code was reused in the
 * 2025 reorganisation (its 2019 dossiers carry the old agency). Every one of them is routed to the target.
 */
async function agenciesOf(source: DossiersDatabase, unit: string): Promise<string[]> {
  const rows = await source.execute<{ agency: string }>(sql`
    select distinct regexp_replace(code, '-[0-9]{6}-[0-9]{4,}$', '') as agency
    from dossiers where receiving_unit_code = ${unit} order by 1`);
  if (rows.length === 0) {
    throw new Error(`unit ${unit} has no dossiers to read its agency code from; give it with --agency`);
  }
  return rows.map((row) => row.agency);
}

/**
 * Moves a unit's dossiers from one instance's database to another's: mark MOVING (writes refused), copy, verify,
 * switch the registry, mark MOVED. Each step can be run again after a crash: the copy replaces an earlier copy,
 * and a registry already switched means the copy was verified, so only the MOVED mark is left to set.
 */
export async function moveUnit(request: MoveUnitRequest): Promise<MoveUnitResult> {
  const { source, target, unit, log } = request;
  const registry = await readRegistry(request.registryPath);
  const to = targetInstance(registry, request.toInstance, request.toUrl);
  const state = await unitState(source, unit);
  if (state?.state === 'MOVED') {
    if (state.target !== to.name) {
      throw new Error(`unit ${unit} was already moved from this database to ${state.target}`);
    }
    log(`unit ${unit} was already moved to ${to.name}; nothing to do`);
    return { outcome: 'ALREADY_MOVED' };
  }
  const resuming = state?.state === 'MOVING' && state.target === to.name;
  if (instanceServing(registry, unit) === to.name) {
    if (!resuming) throw new Error(`the registry already sends unit ${unit} to ${to.name}`);
    // The registry is switched only after a verified copy: a run that stopped right after it has one step left.
    await markUnit(source, unit, 'MOVED', to.name);
    log(`registry already sends unit ${unit} to ${to.name}; unit marked MOVED in the source`);
    return { outcome: 'MOVED', checks: [] };
  }
  const agencies = request.agencies?.length ? request.agencies : await agenciesOf(source, unit);
  if (!resuming) await refuseTargetHoldingUnit(target, unit);

  log(`marking unit ${unit} MOVING in the source: its writes are refused from now on, reads still served`);
  await markUnit(source, unit, 'MOVING', to.name);
  let verified: Awaited<ReturnType<typeof verifyUnit>>;
  try {
    const copied = await copyUnit({ ...request, agencies });
    log(
      `copied ${Object.entries(copied.rows)
        .map(([table, count]) => `${count} ${table}`)
        .join(', ')}; files: ${copied.filesCopied} copied, ${copied.filesPresent} already there; ` +
        `${copied.handedOverEvents} unpublished events handed over to the target`,
    );
    verified = await verifyUnit({ ...request, agencies });
  } catch (error) {
    await abandon(request);
    log(`the move failed; unit ${unit} is served by the source again`);
    throw error;
  }
  for (const line of formatChecks(verified.checks)) log(line);
  for (const problem of verified.problems) log(problem);
  if (!verified.equal) {
    await abandon(request);
    log(
      `the copy differs from the source; unit ${unit} is served by the source again, the registry is unchanged`,
    );
    return { outcome: 'DIFFERENT', checks: verified.checks, problems: verified.problems };
  }
  await writeRegistry(request.registryPath, withUnitAt(registry, unit, agencies, to));
  log(
    `registry switched: unit ${unit} and dossier codes ${agencies.map((agency) => `${agency}-…`).join(', ')} go to ${to.name} (${to.url})`,
  );
  await markUnit(source, unit, 'MOVED', to.name);
  log(`unit ${unit} marked MOVED in the source: requests that still reach it are refused`);
  return { outcome: 'MOVED', checks: verified.checks };
}

/** The source serves the unit again and the target keeps nothing of the failed copy's dossiers. */
async function abandon(request: MoveUnitRequest): Promise<void> {
  await request.target.transaction((tx) => deleteUnitRows(tx, request.unit));
  await clearUnitMark(request.source, request.unit);
}

/**
 * Dossiers of the unit on the target that no earlier run of this move put there (nor a move away from it, which
 * leaves a MOVED mark) mean the target has been serving the unit: copying over them would destroy its work.
 */
async function refuseTargetHoldingUnit(target: DossiersDatabase, unit: string): Promise<void> {
  const [held] = await target.execute<{ count: number }>(
    sql`select count(*)::int as count from dossiers where receiving_unit_code = ${unit}`,
  );
  if (!held?.count) return;
  const state = await unitState(target, unit);
  if (state?.state === 'MOVED') return;
  throw new Error(
    `the target already holds ${held.count} dossiers of unit ${unit} and has not moved them away; nothing copied`,
  );
}
