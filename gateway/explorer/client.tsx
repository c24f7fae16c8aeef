import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { DEFAULT_HEADERS, EXAMPLE_TABS } from '../src/explorer/examples';

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };

/** Posts to this gateway with the headers typed in the explorer's headers editor (the token goes there). */
async function fetcher(params: FetcherParams, options?: { headers?: Record<string, unknown> }) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options?.headers as Record<string, string>) },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(document.getElementById('explorer') as HTMLElement).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={EXAMPLE_TABS.map(({ query }) => ({ query }))}
    defaultHeaders={DEFAULT_HEADERS}
    defaultEditorToolsVisibility="headers"
    isHeadersEditorEnabled
  />,
);
