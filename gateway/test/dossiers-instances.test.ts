import { subgraphRequest } from '@dvc/test-fixtures';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Federation, fillRequiredFields, graphql, startFederation } from './federation';

/**
 * The district runs the default dossiers instance; Xã Lai Vung (30226) runs its own. Every request goes through
 * the one gateway, which must send each operation to the instance that owns the unit.
 */
const LAI_VUNG = { name: 'lai-vung', units: ['30226'], agencyCodes: ['000.00.91.H20'] };

async function codesIn(databaseUrl: string): Promise<string[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return (await sql<{ code: string }[]>`select code from dossiers order by code`).map((row) => row.code);
  } finally {
    await sql.end();
  }
}

describe('a commune running its own dossiers instance behind the one gateway', () => {
  let federation: Federation;
  let citizen: string;
  const filed: Record<string, string> = {};

  async function file(unitCode: string, key: string) {
    const form = await graphql(
      federation.gateway.url,
      'query { procedure(code: "2.000635") { forms { fields { key type required options { value } } } } }',
    );
    const formData = fillRequiredFields(
      form.data.procedure.forms.flatMap((f: { fields: never[] }) => f.fields),
    );
    const answer = await graphql(
      federation.gateway.url,
      `mutation($input: SubmitDossierInput!, $key: ID!) { submitDossier(input: $input, idempotencyKey: $key) { code unit { code } } }`,
      {
        token: citizen,
        variables: {
          key,
          input: {
            // Copies of a civil-status extract: nothing to upload, and an upload link names no unit to route by.
            procedureCode: '2.000635',
            unitCode,
            applicant: { kind: 'PERSON', name: 'Lê Thị Thu', idNumber: '087190000777' },
            formData,
            contact: { phone: '0912345678', notifySms: true },
            returnChannel: 'DESK',
          },
        },
      },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data.submitDossier.code as string;
  }

  beforeAll(async () => {
    federation = await startFederation({ seedDemo: false, dossiersInstances: [LAI_VUNG] });
    citizen = await federation.token('CITIZEN');
    filed.laiVung = await file('30226', 'routing-1');
    filed.hoaLong = await file('30208', 'routing-2');
  });
  afterAll(async () => federation?.stop());

  it('files each dossier on the instance that owns its unit', async () => {
    expect(filed.laiVung).toMatch(/^000\.00\.91\.H20-/);
    expect(filed.hoaLong).toMatch(/^000\.00\.92\.H20-/);
    const commune = federation.instances[0];
    expect(await codesIn(commune?.databaseUrl as string)).toEqual([filed.laiVung]);
    expect(await codesIn(federation.databaseUrls.dossiers)).toEqual([filed.hoaLong]);
  });

  it('answers one query naming dossiers of both instances, each from its owner', async () => {
    const answer = await graphql(
      federation.gateway.url,
      `query($a: ID!, $b: ID!) { a: dossier(code: $a) { code unit { code name } } b: dossier(code: $b) { code unit { code } } }`,
      { token: citizen, variables: { a: filed.laiVung, b: filed.hoaLong } },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      a: { code: filed.laiVung, unit: { code: '30226', name: 'Xã Lai Vung' } },
      b: { code: filed.hoaLong, unit: { code: '30208' } },
    });
  });

  it('splits an entity batch that mixes units and puts the answers back in order', async () => {
    const admin = await federation.token('ADMIN');
    const answer = await graphql(
      federation.gateway.url,
      `{ administrativeUnits(parentCode: "82") { code dossiers(first: 5) { nodes { code } } } }`,
      { token: admin },
    );
    expect(answer.errors).toBeUndefined();
    const byUnit = Object.fromEntries(
      answer.data.administrativeUnits.map(
        (unit: { code: string; dossiers: { nodes: Array<{ code: string }> } }) => [
          unit.code,
          unit.dossiers.nodes.map((node) => node.code),
        ],
      ),
    );
    expect(byUnit['30226']).toEqual([filed.laiVung]);
    expect(byUnit['30208']).toEqual([filed.hoaLong]);
  });

  it('a commune instance refuses to file or list another unit’s dossiers, even when asked directly', async () => {
    const commune = federation.instances[0] as { url: string };
    const citizenIdentity = { sub: 'test-citizen', role: 'CITIZEN' as const, unitCode: null, name: null };
    const misrouted = await subgraphRequest(
      commune.url,
      `mutation($input: SubmitDossierInput!) { submitDossier(input: $input, idempotencyKey: "misrouted") { code } }`,
      {
        identity: citizenIdentity,
        secret: federation.identitySecret,
        variables: {
          input: {
            procedureCode: '1.001193',
            unitCode: '30208',
            applicant: { kind: 'PERSON', name: 'Lê Thị Thu', idNumber: '087190000777' },
            returnChannel: 'DESK',
          },
        },
      },
    );
    expect(misrouted.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', unit: '30208' });
    expect(misrouted.errors?.[0]?.message).toMatch(/chỉ phục vụ đơn vị 30226.*serves unit 30226 only/);
    const officer = { sub: 'o', role: 'OFFICER' as const, unitCode: '30208', name: null };
    const list = await subgraphRequest(commune.url, '{ dossiers(unitCode: "30208") { nodes { code } } }', {
      identity: officer,
      secret: federation.identitySecret,
    });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await codesIn(federation.instances[0]?.databaseUrl as string)).toEqual([filed.laiVung]);
  });

  it('with the commune instance down, answers for the other units and names the unit that failed', async () => {
    await federation.kill('lai-vung');
    const answer = await graphql(
      federation.gateway.url,
      `query($a: ID!, $b: ID!) { a: dossier(code: $a) { code } b: dossier(code: $b) { code } }`,
      { token: citizen, variables: { a: filed.laiVung, b: filed.hoaLong } },
    );
    expect(answer.data).toEqual({ a: null, b: { code: filed.hoaLong } });
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]).toMatchObject({
      path: ['a'],
      extensions: { code: 'UNIT_UNAVAILABLE', unit: '30226' },
    });
    expect(answer.errors?.[0]?.message).toMatch(/30226/);
    expect(JSON.stringify(answer.errors)).not.toMatch(/localhost|127\.0\.0\.1|ECONNREFUSED/);
  });
});
