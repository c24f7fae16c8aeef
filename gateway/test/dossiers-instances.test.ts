import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RegistryFile } from '@dvc/contracts';
import { CLIENT_ADDRESS_HEADER } from '@dvc/service-kit';
import { eventually, subgraphRequest } from '@dvc/test-fixtures';
import { Kind, parse } from 'graphql';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationOf, rootFields } from '../src/dossiers-routing/operation';
import { type Federation, fileExtractCopies, graphql, startFederation } from './federation';

/**
 * The district runs the default dossiers instance (Xã Hòa Long, 30208, and every other unit of province 82); Xã Lai
 * Vung (30226) and Xã Phong Hòa (30235) run their own. Every request goes through the one gateway, which must send
 * each operation to the instance that owns the unit, and read lists that span units from every instance concerned.
 */
const LAI_VUNG = { name: 'lai-vung', units: ['30226'], agencyCodes: ['000.00.91.H20'] };
const PHONG_HOA = { name: 'phong-hoa', units: ['30235'], agencyCodes: ['000.00.93.H20'] };
const OPEN = new Set([1, 2, 4, 5, 6]);

type Row = { code: string; due: Date | null; submittedAt: Date; status: number; ownerSub: string };

async function rowsIn(databaseUrl: string): Promise<Row[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await sql<Row[]>`
      select code, due_at as due, submitted_at as "submittedAt", status, owner_sub as "ownerSub"
      from dossiers order by code`;
  } finally {
    await sql.end();
  }
}

/** The work-queue order, computed here from the rows of all three databases. */
const queueOrder = (a: Row, b: Row) =>
  (a.due?.getTime() ?? Number.POSITIVE_INFINITY) - (b.due?.getTime() ?? Number.POSITIVE_INFINITY) ||
  (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * A recording proxy in front of each instance: the registry is pointed at them, so the test sees which instance
 * every subgraph request reached. A stopped instance makes its proxy drop the connection, as the instance would.
 */
type Proxy = { name: string; url: string; seen: string[]; server: Server };

async function startProxy(name: string, target: string): Promise<Proxy> {
  const seen: string[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    // The gateway's registry page asks each instance's health with a GET; GraphQL comes by POST. Only what the
    // gateway routed counts: the notifications service asks instances for contacts directly, on events of its own.
    const post = req.method === 'POST';
    if (post && req.headers[CLIENT_ADDRESS_HEADER]) {
      const query = (JSON.parse(body) as { query: string }).query;
      for (const field of rootFields(operationOf(parse(query))) ?? []) seen.push(field.name.value);
    }
    try {
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host',
        ),
      );
      const answer = post
        ? await fetch(target, { method: 'POST', headers, body })
        : await fetch(new URL(req.url ?? '/', target), { headers });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(await answer.text());
    } catch {
      res.socket?.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { name, url: `http://127.0.0.1:${port}/graphql`, seen, server };
}

describe('a district and two communes running their own dossiers instances behind the one gateway', () => {
  let federation: Federation;
  let proxies: Proxy[];
  let citizen: string;
  const filed: Record<string, string> = {};
  let counter = 0;

  async function file(unitCode: string, token = citizen) {
    counter += 1;
    return fileExtractCopies(federation.gateway.url, token, unitCode, `instances-${counter}`);
  }

  async function act(unitCode: string, mutation: string, code: string) {
    const answer = await graphql(federation.gateway.url, `mutation($code: ID!) { ${mutation} { code } }`, {
      token: await federation.token('OFFICER', unitCode),
      variables: { code },
    });
    expect(answer.errors).toBeUndefined();
  }

  const databases = () => [
    federation.databaseUrls.dossiers,
    ...federation.instances.map((instance) => instance.databaseUrl),
  ];
  const allRows = async () => (await Promise.all(databases().map(rowsIn))).flat();

  beforeAll(async () => {
    federation = await startFederation({ seedDemo: false, dossiersInstances: [LAI_VUNG, PHONG_HOA] });
    citizen = await federation.token('CITIZEN');
    const district = await startProxy('default', federation.services.dossiers.url);
    proxies = [district];
    for (const instance of federation.instances) proxies.push(await startProxy(instance.name, instance.url));
    const registry: RegistryFile = {
      default: district.url,
      instances: federation.instances.map(({ name, units, agencyCodes }) => ({
        name,
        url: proxies.find((proxy) => proxy.name === name)?.url as string,
        units,
        agencyCodes,
      })),
    };
    writeFileSync(federation.registryPath as string, JSON.stringify(registry));
    // The gateway polls the file: its registry page says when it sends to the proxies.
    const admin = await federation.token('ADMIN');
    const registryUrl = federation.gateway.url.replace(/\/graphql$/, '/registry');
    await eventually(async () => {
      const response = await fetch(registryUrl, { headers: { authorization: `Bearer ${admin}` } });
      const { dossiers } = (await response.json()) as { dossiers: Array<{ url: string }> };
      return proxies.every((proxy) => dossiers.some((instance) => instance.url === proxy.url));
    });
    filed.laiVung = await file('30226');
    filed.hoaLong = await file('30208');
    filed.phongHoa = await file('30235');
    // Nine more, some received (a deadline) and some not, so that the queue interleaves the three instances.
    const units = ['30226', '30208', '30235'];
    for (let i = 0; i < 9; i += 1) {
      const unit = units[i % 3] as string;
      const code = await file(unit);
      if (i % 2 === 0) await act(unit, 'receiveDossier(code: $code)', code);
    }
  }, 120_000);
  afterAll(async () => {
    await federation?.stop();
    for (const proxy of proxies ?? []) proxy.server.close();
  });

  it('files each dossier on the instance that owns its unit', async () => {
    expect(filed.laiVung).toMatch(/^000\.00\.91\.H20-/);
    expect(filed.hoaLong).toMatch(/^000\.00\.92\.H20-/);
    expect(filed.phongHoa).toMatch(/^000\.00\.93\.H20-/);
    const [district, laiVung, phongHoa] = await Promise.all(databases().map(rowsIn));
    expect(district?.every((row) => row.code.startsWith('000.00.92.H20-'))).toBe(true);
    expect(laiVung?.every((row) => row.code.startsWith('000.00.91.H20-'))).toBe(true);
    expect(phongHoa?.every((row) => row.code.startsWith('000.00.93.H20-'))).toBe(true);
    expect([district?.length, laiVung?.length, phongHoa?.length]).toEqual([4, 4, 4]);
  });

  /**
   * Every root field of the dossiers contract, with a request naming a unit or dossier of Xã Phong Hòa (or none),
   * and the instances it must reach. A root field added to the schema without a row here fails the test.
   */
  it('sends every query and mutation of the dossiers contract to the instance that owns it', async () => {
    const officer = await federation.token('OFFICER', '30235');
    const leader = await federation.token('LEADER', '82');
    const service = await federation.token('ADMIN');
    const fresh = async () => file('30235');
    const accepted = async () => {
      const code = await fresh();
      await act('30235', 'receiveDossier(code: $code)', code);
      return code;
    };
    const processing = async () => {
      const code = await accepted();
      await act('30235', 'startProcessing(code: $code)', code);
      return code;
    };
    type Case = { op: string; token: string; code?: () => Promise<string>; reaches: string[] };
    const owner = ['phong-hoa'];
    const everyInstance = ['default', 'lai-vung', 'phong-hoa'];
    const cases: Record<string, Case> = {
      dossier: {
        op: 'query($code: ID!) { dossier(code: $code) { code } }',
        token: citizen,
        code: fresh,
        reaches: owner,
      },
      myDossiers: { op: '{ myDossiers { nodes { code } } }', token: citizen, reaches: everyInstance },
      dossiers: { op: '{ dossiers(unitCode: "30235") { nodes { code } } }', token: officer, reaches: owner },
      trackDossier: {
        op: 'query($code: ID!) { trackDossier(code: $code, idNumber: "087190000777") { code } }',
        token: citizen,
        code: fresh,
        reaches: owner,
      },
      dossierContact: {
        op: 'query($code: ID!) { dossierContact(code: $code) { phone } }',
        token: service,
        code: fresh,
        reaches: owner,
      },
      verifyDocument: {
        op: '{ verifyDocument(verificationCode: "K7QM-2HXP-9RTA") { status } }',
        token: citizen,
        reaches: everyInstance,
      },
      submitDossier: {
        op: `mutation { submitDossier(idempotencyKey: "table-submit", input: { procedureCode: "1.001193", unitCode: "30235",
          applicant: { kind: PERSON, name: "Lê Thị Thu", idNumber: "087190000777" }, returnChannel: DESK }) { code } }`,
        token: citizen,
        reaches: owner,
      },
      receiveDossier: {
        op: 'mutation($code: ID!) { receiveDossier(code: $code) { code } }',
        token: officer,
        code: fresh,
        reaches: owner,
      },
      refuseDossier: {
        op: 'mutation($code: ID!) { refuseDossier(code: $code, input: { reason: "Sai thủ tục" }) { code } }',
        token: officer,
        code: fresh,
        reaches: owner,
      },
      requestSupplement: {
        op: 'mutation($code: ID!) { requestSupplement(code: $code, input: { items: ["Bản sao CCCD"] }) { code } }',
        token: officer,
        code: accepted,
        reaches: owner,
      },
      supplementDossier: {
        op: 'mutation($code: ID!) { supplementDossier(code: $code, input: { note: "Đã bổ sung" }) { code } }',
        token: citizen,
        code: fresh,
        reaches: owner,
      },
      startProcessing: {
        op: 'mutation($code: ID!) { startProcessing(code: $code) { code } }',
        token: officer,
        code: accepted,
        reaches: owner,
      },
      transferDossier: {
        op: 'mutation($code: ID!) { transferDossier(code: $code, input: { toOfficer: "officer-2" }) { code } }',
        token: officer,
        code: accepted,
        reaches: owner,
      },
      requestPayment: {
        op: 'mutation($code: ID!) { requestPayment(code: $code, input: { amountVnd: 50000 }) { code } }',
        token: officer,
        code: processing,
        reaches: owner,
      },
      recordPayment: {
        op: 'mutation($code: ID!) { recordPayment(code: $code, input: { online: false }) { code } }',
        token: officer,
        code: processing,
        reaches: owner,
      },
      payOnline: {
        op: 'mutation($code: ID!) { payOnline(code: $code, input: { returnUrl: "/" }) { reference } }',
        token: citizen,
        code: processing,
        reaches: owner,
      },
      revokeDocument: {
        op: 'mutation { revokeDocument(input: { verificationCode: "K7QM-2HXP-9RTA", reason: "Cấp nhầm" }) { status } }',
        token: officer,
        reaches: owner,
      },
      refundPayment: {
        op: 'mutation($code: ID!) { refundPayment(input: { reference: $code, reason: "Nộp trùng" }) { reference } }',
        token: officer,
        code: async () => `${await processing()}-1`,
        reaches: owner,
      },
      resolveDossier: {
        op: 'mutation($code: ID!) { resolveDossier(code: $code, input: { summary: "Đã cấp" }) { code } }',
        token: officer,
        code: processing,
        reaches: owner,
      },
      apologizeForDelay: {
        op: `mutation($code: ID!) { apologizeForDelay(code: $code, input: { newAppointmentAt: "${new Date(Date.now() + 20 * 86_400_000).toISOString()}", reason: "Chờ xác minh" }) { code } }`,
        token: officer,
        code: processing,
        reaches: owner,
      },
      returnResult: {
        op: 'mutation($code: ID!) { returnResult(code: $code, input: {}) { code } }',
        token: officer,
        code: processing,
        reaches: owner,
      },
      withdrawDossier: {
        op: 'mutation($code: ID!) { withdrawDossier(code: $code) { code } }',
        token: citizen,
        code: fresh,
        reaches: owner,
      },
      stopProcessing: {
        op: 'mutation($code: ID!) { stopProcessing(code: $code, input: { reason: "Hết thẩm quyền" }) { code } }',
        token: officer,
        code: processing,
        reaches: owner,
      },
      // Not unit-bound: an officer's upload goes to their own unit's instance (a citizen's to the default one).
      createUploadUrl: { op: 'mutation { createUploadUrl { url } }', token: officer, reaches: owner },
    };
    const schema = parse(
      readFileSync(new URL('../../services/dossiers/src/schema.graphql', import.meta.url), 'utf8'),
    );
    const contract = schema.definitions.flatMap((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && ['Query', 'Mutation'].includes(definition.name.value)
        ? (definition.fields ?? []).map((field) => field.name.value)
        : [],
    );
    expect(Object.keys(cases).sort()).toEqual([...contract].sort());
    // A leader's list across the communes reaches all three.
    cases.dossiersAcrossUnits = {
      op: '{ dossiers(unitCode: "82", filter: { includeSubunits: true }) { nodes { code } } }',
      token: leader,
      reaches: everyInstance,
    };
    for (const [name, row] of Object.entries(cases)) {
      const variables = row.code ? { code: await row.code() } : {};
      for (const proxy of proxies) proxy.seen.length = 0;
      const answer = await graphql(federation.gateway.url, row.op, { token: row.token, variables });
      const field = (operationOf(parse(row.op)).selectionSet.selections[0] as { name: { value: string } })
        .name.value;
      const reached = proxies.filter((proxy) => proxy.seen.includes(field)).map((proxy) => proxy.name);
      expect(reached, name).toEqual(row.reaches);
      // Whatever the rules answered, it was not a routing failure.
      for (const error of answer.errors ?? []) {
        expect(error.extensions?.code, `${name}: ${error.message}`).not.toBe('UNIT_UNAVAILABLE');
        expect(error.extensions?.unit, `${name}: ${error.message}`).toBeUndefined();
      }
    }
  }, 120_000);

  it('splits an entity batch that mixes the three instances and puts the answers back in order', async () => {
    const admin = await federation.token('ADMIN');
    for (const proxy of proxies) proxy.seen.length = 0;
    const answer = await graphql(
      federation.gateway.url,
      `{ administrativeUnits(parentCode: "82") { code dossiers(first: 50) { nodes { code unit { code } } } } }`,
      { token: admin },
    );
    expect(answer.errors).toBeUndefined();
    expect(proxies.filter((proxy) => proxy.seen.includes('_entities')).map((p) => p.name)).toEqual([
      'default',
      'lai-vung',
      'phong-hoa',
    ]);
    const rows = await allRows();
    const units: Array<{
      code: string;
      dossiers: { nodes: Array<{ code: string; unit: { code: string } }> };
    }> = answer.data.administrativeUnits;
    expect(units.map((unit) => unit.code)).toEqual(expect.arrayContaining(['30226', '30208', '30235']));
    for (const unit of units) {
      const agency = { '30226': '91', '30208': '92', '30235': '93' }[unit.code];
      const expected = rows
        .filter((row) => agency && row.code.startsWith(`000.00.${agency}.H20-`) && OPEN.has(row.status))
        .sort(queueOrder)
        .map((row) => row.code);
      expect(
        unit.dossiers.nodes.map((node) => node.code),
        unit.code,
      ).toEqual(expected);
      for (const node of unit.dossiers.nodes) expect(node.unit.code).toBe(unit.code);
    }
  });

  const ACROSS = `query($after: String, $first: Int) {
    dossiers(unitCode: "82", filter: { includeSubunits: true }, first: $first, after: $after) {
      nodes { code } endCursor hasNextPage
    }
  }`;

  async function readAcross(first: number, between?: (page: number) => Promise<void>) {
    const leader = await federation.token('LEADER', '82');
    const codes: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const answer = await graphql(federation.gateway.url, ACROSS, {
        token: leader,
        variables: { after, first },
      });
      expect(answer.errors).toBeUndefined();
      const { nodes, endCursor, hasNextPage } = answer.data.dossiers;
      codes.push(...nodes.map((node: { code: string }) => node.code));
      if (!hasNextPage) {
        expect(endCursor).toBeNull();
        return codes;
      }
      expect(nodes).toHaveLength(first);
      after = endCursor;
      await between?.(page);
    }
    throw new Error('the list does not end');
  }

  it('pages a province leader’s list across the communes in queue order, with no duplicate and no gap', async () => {
    const expected = (await allRows())
      .filter((row) => OPEN.has(row.status))
      .sort(queueOrder)
      .map((row) => row.code);
    expect(expected.length).toBeGreaterThanOrEqual(12);
    for (const first of [1, 2, 3, 7]) expect(await readAcross(first), `first: ${first}`).toEqual(expected);
  }, 120_000);

  it('reads the same list through AdministrativeUnit.dossiers', async () => {
    const expected = (await allRows())
      .filter((row) => OPEN.has(row.status))
      .sort(queueOrder)
      .map((row) => row.code);
    const leader = await federation.token('LEADER', '82');
    const codes: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const answer = await graphql(
        federation.gateway.url,
        `query($after: String) { administrativeUnit(code: "82") { name
          dossiers(filter: { includeSubunits: true }, first: 4, after: $after) { nodes { code } endCursor hasNextPage } } }`,
        { token: leader, variables: { after } },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data.administrativeUnit.name).toBe('Tỉnh Đồng Tháp');
      const { nodes, endCursor, hasNextPage } = answer.data.administrativeUnit.dossiers;
      codes.push(...nodes.map((node: { code: string }) => node.code));
      if (!hasNextPage) break;
      after = endCursor;
    }
    expect(codes).toEqual(expected);
  }, 120_000);

  it('keeps its cursors stable when dossiers are filed between pages', async () => {
    const before = (await allRows())
      .filter((row) => OPEN.has(row.status))
      .sort(queueOrder)
      .map((row) => row.code);
    const added: string[] = [];
    const codes = await readAcross(4, async (page) => {
      // New dossiers have no deadline yet: they sort at the end, after every cursor handed out so far.
      if (page < 2) added.push(await file(page === 0 ? '30226' : '30235'));
    });
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((code) => before.includes(code))).toEqual(before);
    expect(codes).toEqual(
      (await allRows())
        .filter((row) => OPEN.has(row.status))
        .sort(queueOrder)
        .map((row) => row.code),
    );
    for (const code of added) expect(codes).toContain(code);
  }, 120_000);

  it('lists a citizen’s own dossiers from the three instances, newest first', async () => {
    const expected = (await allRows())
      .filter((row) => row.ownerSub === 'test-citizen')
      .sort(
        (a, b) =>
          b.submittedAt.getTime() - a.submittedAt.getTime() ||
          (a.code < b.code ? 1 : a.code > b.code ? -1 : 0),
      )
      .map((row) => row.code);
    const codes: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const answer = await graphql(
        federation.gateway.url,
        'query($after: String) { myDossiers(first: 5, after: $after) { edges { cursor node { code } } endCursor hasNextPage } }',
        { token: citizen, variables: { after } },
      );
      expect(answer.errors).toBeUndefined();
      const { edges, endCursor, hasNextPage } = answer.data.myDossiers;
      codes.push(...edges.map((edge: { node: { code: string } }) => edge.node.code));
      if (!hasNextPage) break;
      expect(endCursor).toBe(edges.at(-1).cursor);
      after = endCursor;
    }
    expect(codes).toEqual(expected);
    expect(new Set(codes.map((code) => code.slice(0, 13)))).toEqual(
      new Set(['000.00.91.H20', '000.00.92.H20', '000.00.93.H20']),
    );
  });

  it('a commune instance refuses to file or list another unit’s dossiers, even when asked directly', async () => {
    const commune = federation.instances[0] as { url: string; databaseUrl: string };
    const before = (await rowsIn(commune.databaseUrl)).map((row) => row.code);
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
    expect((await rowsIn(commune.databaseUrl)).map((row) => row.code)).toEqual(before);
  });

  it('with one commune instance down, the others answer fully and its fields are null with UNIT_UNAVAILABLE', async () => {
    await federation.kill('phong-hoa');
    const leader = await federation.token('LEADER', '82');
    const answer = await graphql(
      federation.gateway.url,
      `query($a: ID!, $b: ID!, $c: ID!) {
        a: dossier(code: $a) { code } b: dossier(code: $b) { code } c: dossier(code: $c) { code } }`,
      { token: citizen, variables: { a: filed.laiVung, b: filed.hoaLong, c: filed.phongHoa } },
    );
    expect(answer.data).toEqual({ a: { code: filed.laiVung }, b: { code: filed.hoaLong }, c: null });
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]).toMatchObject({
      path: ['c'],
      extensions: { code: 'UNIT_UNAVAILABLE', unit: '30235' },
    });
    expect(answer.errors?.[0]?.message).toMatch(/30235/);
    expect(JSON.stringify(answer.errors)).not.toMatch(/localhost|127\.0\.0\.1|ECONNREFUSED/);

    const mine = await graphql(
      federation.gateway.url,
      `query($a: ID!) { myDossiers { nodes { code } } a: dossier(code: $a) { code } }`,
      { token: citizen, variables: { a: filed.laiVung } },
    );
    expect(mine.data).toEqual({ myDossiers: null, a: { code: filed.laiVung } });
    expect(mine.errors).toHaveLength(1);
    expect(mine.errors?.[0]).toMatchObject({
      path: ['myDossiers'],
      extensions: { code: 'UNIT_UNAVAILABLE', unit: '30235', instance: 'phong-hoa' },
    });

    const lists = await graphql(
      federation.gateway.url,
      `{ across: dossiers(unitCode: "82", filter: { includeSubunits: true }) { nodes { code } }
         hoaLong: dossiers(unitCode: "30208", filter: { includeSubunits: true }) { nodes { code } }
         laiVung: dossiers(unitCode: "30226") { nodes { code } }
         unit: administrativeUnit(code: "82") { name dossiers(filter: { includeSubunits: true }) { nodes { code } } } }`,
      { token: leader },
    );
    expect(lists.data.across).toBeNull();
    expect(lists.data.unit).toMatchObject({ name: 'Tỉnh Đồng Tháp', dossiers: null });
    const rows = await allRows();
    const open = (agency: string) =>
      rows
        .filter((row) => row.code.startsWith(`000.00.${agency}.H20-`) && OPEN.has(row.status))
        .sort(queueOrder)
        .map((row) => row.code);
    expect(lists.data.hoaLong.nodes.map((node: { code: string }) => node.code)).toEqual(open('92'));
    expect(lists.data.laiVung.nodes.map((node: { code: string }) => node.code)).toEqual(open('91'));
    const failures = lists.errors?.map((error) => [
      error.path,
      error.extensions?.code,
      error.extensions?.unit,
    ]);
    expect(failures).toHaveLength(2);
    expect(failures).toEqual(
      expect.arrayContaining([
        [['across'], 'UNIT_UNAVAILABLE', '30235'],
        [['unit', 'dossiers'], 'UNIT_UNAVAILABLE', '30235'],
      ]),
    );
  });
});
