import { isUserError } from '@dvc/service-kit';
import { describe, expect, it } from 'vitest';
import { assertServesUnit, servesUnit } from '../src/rules/instance-scope';

function refusal(scope: Parameters<typeof assertServesUnit>[0], unitCode: string) {
  try {
    assertServesUnit(scope, unitCode);
    return null;
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { code: error.extensions.code, unit: error.extensions.unit, message: error.message };
  }
}

describe('which units an instance serves', () => {
  it('serves every unit when started without a scope', () => {
    expect(servesUnit({}, '30226')).toBe(true);
    expect(refusal({}, '30226')).toBeNull();
  });

  it('a commune instance serves only its units and names them when refusing', () => {
    const commune = { servedUnits: new Set(['30226']) };
    expect(refusal(commune, '30226')).toBeNull();
    expect(refusal(commune, '30208')).toEqual({
      code: 'FORBIDDEN',
      unit: '30208',
      message: expect.stringContaining('chỉ phục vụ đơn vị 30226'),
    });
  });

  it('the district’s default instance refuses the units that run their own', () => {
    const district = { unitsServedElsewhere: new Set(['30226']) };
    expect(refusal(district, '30208')).toBeNull();
    expect(refusal(district, '30226')).toEqual({
      code: 'FORBIDDEN',
      unit: '30226',
      message: expect.stringContaining('Unit 30226 runs its own dossiers server'),
    });
  });
});
