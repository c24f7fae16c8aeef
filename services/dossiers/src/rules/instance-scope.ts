import { userError } from '@dvc/service-kit';
import type { RuleDeps } from './deps';

type Scope = Pick<RuleDeps, 'servedUnits' | 'unitsServedElsewhere'>;

export function servesUnit(deps: Scope, unitCode: string): boolean {
  if (deps.unitsServedElsewhere?.has(unitCode)) return false;
  return !deps.servedUnits || deps.servedUnits.has(unitCode);
}

/**
 * An instance started for some units (a commune's own server) must never hold another unit's dossiers, and the
 * district's default instance must not hold those of a commune running its own: a request that reaches the wrong
 * instance was routed wrongly, and answering it would split that unit's dossiers, and its code sequence, across
 * two databases.
 */
export function assertServesUnit(deps: Scope, unitCode: string): void {
  if (servesUnit(deps, unitCode)) return;
  if (deps.unitsServedElsewhere?.has(unitCode)) {
    throw userError(
      'FORBIDDEN',
      `Đơn vị ${unitCode} có máy chủ hồ sơ riêng; máy chủ này không phục vụ hồ sơ của đơn vị đó`,
      `Unit ${unitCode} runs its own dossiers server; this server does not serve its dossiers`,
      { unit: unitCode },
    );
  }
  const served = [...(deps.servedUnits ?? [])].join(', ');
  throw userError(
    'FORBIDDEN',
    `Máy chủ hồ sơ này chỉ phục vụ đơn vị ${served}, không phục vụ đơn vị ${unitCode}`,
    `This dossiers server serves unit ${served} only, not unit ${unitCode}`,
    { unit: unitCode },
  );
}
