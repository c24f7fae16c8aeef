/**
 * The README's example queries, opened as tabs of the explorer. Each says in a comment which token it needs; the
 * headers editor is open with a place for it, where a newcomer pastes the output of `npm run token`.
 */
export type ExampleTab = { query: string };

export const DEFAULT_HEADERS = JSON.stringify(
  { authorization: 'Bearer <paste the output of: npm run token -- --role OFFICER --unit 30226>' },
  null,
  2,
);

export const EXAMPLE_TABS: ExampleTab[] = [
  {
    query: `# One query answered by all four subgraphs: names (catalogue), dossiers, figures (reporting), messages
# (notifications). Token: npm run token -- --role OFFICER --unit 30226, pasted in the headers below.
{
  administrativeUnit(code: "30226") {
    name
    parent { name }
    report(from: "2026-01-01", to: "2026-12-31") { received { total online inPersonOrPost } }
    dossiers(first: 5) {
      nodes { code status channel procedure { name } notifications { status } }
    }
  }
}
`,
  },
  {
    query: `# The 2019 history loaded on the first start, as a leader of Huyện Lai Vung reads it.
# Token: npm run token -- --role LEADER --unit 876, pasted in the headers below.
{
  administrativeUnit(code: "876") {
    name
    report(from: "2019-01-01", to: "2019-06-30") { received { total online inPersonOrPost } }
  }
}
`,
  },
  {
    query: `# No token needed: anyone may read the catalogue (empty the headers below).
{
  administrativeUnit(code: "30226") { name agencyCode parent { name } }
  procedure(code: "1.001193") { name }
}
`,
  },
];
