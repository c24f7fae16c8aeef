import type { Identity } from '@dvc/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileDirect, startStack, who } from './support';

/**
 * Province 82 holds the communes Xã Lai Vung (30226) and Xã Hòa Long (30208): its leader reads across them with
 * `includeSubunits`, page by page, with every page full.
 */
describe('a unit’s work queue with the units below it', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  const expected: string[] = [];
  const day = 86_400_000;

  beforeAll(async () => {
    stack = await startStack();
    const base = Date.now() + 10 * day;
    // Deadlines interleave the two communes so that a page filtered after the query would come out short.
    for (let i = 0; i < 6; i += 1) {
      const laiVung = i % 2 === 0;
      expected.push(
        await fileDirect(stack.deps, {
          agencyCode: laiVung ? '000.00.91.H20' : '000.00.92.H20',
          unitCode: laiVung ? '30226' : '30208',
          unitPath: laiVung ? ['30226', '82'] : ['30208', '82'],
          receivingUnitCode: laiVung ? '30226' : '30208',
          dueAt: new Date(base + i * day),
        }),
      );
    }
    // No deadline: last in the queue.
    expected.push(await fileDirect(stack.deps, {}));
  });
  afterAll(async () => stack?.stop());

  const QUEUE = `query($unit: ID!, $after: String, $sub: Boolean) {
    dossiers(unitCode: $unit, first: 3, after: $after, filter: { includeSubunits: $sub }) {
      nodes { code } edges { cursor node { code } } endCursor hasNextPage
    }
  }`;

  async function readAll(identity: Identity, unit: string, sub: boolean) {
    const codes: string[] = [];
    const pageSizes: number[] = [];
    let after: string | null = null;
    for (let round = 0; round < 10; round += 1) {
      const answer = await stack.ask(identity, QUEUE, { unit, after, sub });
      expect(answer.errors).toBeUndefined();
      const page = answer.data?.dossiers;
      expect(page.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual(
        page.nodes.map((node: { code: string }) => node.code),
      );
      if (page.hasNextPage) expect(page.endCursor).toBe(page.edges.at(-1).cursor);
      codes.push(...page.nodes.map((node: { code: string }) => node.code));
      pageSizes.push(page.nodes.length);
      if (!page.hasNextPage) return { codes, pageSizes };
      after = page.endCursor;
    }
    throw new Error('too many pages');
  }

  it('lets the province’s leader read both communes in queue order, in full pages', async () => {
    const all = await readAll(who.leader('82'), '82', true);
    expect(all.codes).toEqual(expected);
    expect(all.pageSizes).toEqual([3, 3, 1]);
  });

  it('reads on from any edge’s cursor', async () => {
    const first = await stack.ask(who.admin(), QUEUE, { unit: '82', after: null, sub: true });
    const cursor = first.data?.dossiers.edges[1].cursor;
    const rest = await stack.ask(who.admin(), QUEUE, { unit: '82', after: cursor, sub: true });
    expect(rest.data?.dossiers.nodes.map((node: { code: string }) => node.code)).toEqual(
      expected.slice(2, 5),
    );
  });

  it('without includeSubunits a unit lists only its own dossiers', async () => {
    expect((await readAll(who.leader('82'), '82', false)).codes).toEqual([]);
    const laiVung = expected.filter((_, index) => index % 2 === 0 || index === 6);
    expect((await readAll(who.leader('82'), '30226', false)).codes).toEqual(laiVung);
    expect((await readAll(who.officer('30226'), '30226', true)).codes).toEqual(laiVung);
  });

  it('checks access before the query, for every role', async () => {
    const outcomes: Array<[Identity, string, string]> = [
      [who.anonymous(), '82', 'UNAUTHENTICATED'],
      [who.citizen(), '82', 'FORBIDDEN'],
      [who.volunteer('30226'), '30226', 'FORBIDDEN'],
      [who.service(), '82', 'FORBIDDEN'],
      // An officer lists their own unit only, even a unit below it.
      [who.officer('30226'), '82', 'FORBIDDEN'],
      [who.officer('82'), '30226', 'FORBIDDEN'],
      [who.officer('82'), '82', 'OK'],
      // A leader lists their unit and the units below it, never a sibling or a unit above.
      [who.leader('30208'), '30226', 'FORBIDDEN'],
      [who.leader('30226'), '82', 'FORBIDDEN'],
      [who.leader('82'), '30226', 'OK'],
      [who.leader('30226'), '30226', 'OK'],
      [who.admin(), '82', 'OK'],
    ];
    for (const [identity, unit, outcome] of outcomes) {
      const answer = await stack.ask(identity, QUEUE, { unit, after: null, sub: true });
      expect(
        answer.errors?.[0]?.extensions?.code ?? 'OK',
        `${identity.role} ${identity.unitCode} → ${unit}`,
      ).toBe(outcome);
    }
  });

  it('AdministrativeUnit.dossiers takes the same option', async () => {
    const answer = await stack.ask(
      who.leader('82'),
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on AdministrativeUnit {
        dossiers(first: 100, filter: { includeSubunits: true }) { nodes { code } } } } }`,
      { r: [{ __typename: 'AdministrativeUnit', code: '82' }] },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?._entities[0].dossiers.nodes.map((node: { code: string }) => node.code)).toEqual(
      expected,
    );
  });

  it('gives each edge a sort key that compares as text in the list’s order (descending for a citizen’s own)', async () => {
    const keysOf = (page: { edges: Array<{ sortKey: string }> }) => page.edges.map((edge) => edge.sortKey);
    const strictly = (keys: string[], descending: boolean) =>
      keys.every(
        (key, index) =>
          index === 0 || (descending ? key < (keys[index - 1] as string) : key > (keys[index - 1] as string)),
      );
    const queue = await stack.ask(
      who.admin(),
      '{ dossiers(unitCode: "82", first: 100, filter: { includeSubunits: true }) { edges { sortKey node { code } } } }',
    );
    expect(queue.data?.dossiers.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual(
      expected,
    );
    expect(strictly(keysOf(queue.data?.dossiers), false)).toBe(true);
    const own = await stack.ask(who.citizen(), '{ myDossiers(first: 100) { edges { sortKey } } }');
    expect(keysOf(own.data?.myDossiers).length).toBeGreaterThanOrEqual(expected.length);
    expect(strictly(keysOf(own.data?.myDossiers), true)).toBe(true);
  });

  it('a citizen’s own dossiers carry edge cursors that read on', async () => {
    const first = await stack.ask(
      who.citizen(),
      '{ myDossiers(first: 2) { edges { cursor node { code } } } }',
    );
    const cursor = first.data?.myDossiers.edges[0].cursor;
    const rest = await stack.ask(
      who.citizen(),
      'query($after: String) { myDossiers(first: 1, after: $after) { nodes { code } } }',
      { after: cursor },
    );
    expect(rest.data?.myDossiers.nodes).toEqual([{ code: first.data?.myDossiers.edges[1].node.code }]);
  });
});
