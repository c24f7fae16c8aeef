/**
 * The README's example queries, opened as tabs of the explorer. Each names the token it needs in its headers, so
 * that a newcomer pastes the output of `npm run token` there and runs it.
 */
export type ExampleTab = { title: string; query: string; headers: string };

const headersWith = (tokenCommand: string) =>
  JSON.stringify({ authorization: `Bearer <paste the output of: ${tokenCommand}>` }, null, 2);

export const EXAMPLE_TABS: ExampleTab[] = [
  {
    title: 'Xã Lai Vung, all four subgraphs',
    headers: headersWith('npm run token -- --role OFFICER --unit 30226'),
    query: `# One query answered by all four subgraphs: names (catalogue), dossiers, figures (reporting), messages
# (notifications). Paste an officer's token in the headers below, then run.
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
    title: 'Lai Vung, first half of 2019',
    headers: headersWith('npm run token -- --role LEADER --unit 876'),
    query: `# The 2019 history loaded on the first start, as a leader of Huyện Lai Vung reads it.
{
  administrativeUnit(code: "876") {
    name
    report(from: "2019-01-01", to: "2019-06-30") { received { total online inPersonOrPost } }
  }
}
`,
  },
  {
    title: 'Catalogue, anonymous',
    headers: '{}',
    query: `# No token needed: anyone may read the catalogue.
{
  administrativeUnit(code: "30226") { name agencyCode parent { name } }
  procedure(code: "1.001193") { name }
}
`,
  },
];
