import { userError } from '@dvc/service-kit';
import type { RuleDeps } from './deps';

export function servesUnit(deps: Pick<RuleDeps, 'servedUnits'>, unitCode: string): boolean {
  return !deps.servedUnits || deps.servedUnits.has(unitCode);
}

/**
 * An instance started for some units (a commune's own server) must never hold another unit's dossiers: a request
 * that reaches it for another unit was routed wrongly, and answering it would split that unit's dossiers, and its
 * code sequence, across two databases.
 */
export function assertServesUnit(deps: Pick<RuleDeps, 'servedUnits'>, unitCode: string): void {
  if (servesUnit(deps, unitCode)) return;
  const served = [...(deps.servedUnits ?? [])].join(', ');
  throw userError(
    'FORBIDDEN',
    `Máy chủ hồ sơ này chỉ phục vụ đơn vị ${served}, không phục vụ đơn vị ${unitCode}`,
    `This dossiers server serves unit ${served} only, not unit ${unitCode}`,
    { unit: unitCode },
  );
}
