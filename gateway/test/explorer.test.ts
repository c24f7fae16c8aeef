import { withoutFakeClock } from '@dvc/test-fixtures';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Federation, startFederation } from './federation';

/** The machine's Chromium (CI installs the `chromium` package); Playwright downloads nothing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let federation: Federation;
let browser: Browser;

beforeAll(async () => {
  federation = await startFederation();
  browser = await chromium.launch({
    env: withoutFakeClock(),
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await federation?.stop();
});

describe('the explorer (development)', () => {
  it('works with no network: the page, GraphiQL and a query with a pasted token all come from the gateway', async () => {
    const page = await browser.newPage();
    // "No network": every request that leaves this machine is refused and remembered.
    const leftTheMachine: string[] = [];
    await page.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue();
      leftTheMachine.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.goto(federation.gateway.url);
    // The README's examples are ready as tabs; the first needs all four subgraphs and an officer's token.
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: 20_000 });
    expect(await page.locator('.graphiql-query-editor').textContent()).toContain(
      'administrativeUnit(code: "30226")',
    );
    const token = await federation.token('OFFICER', '30226');
    // The headers editor is open; the token is pasted there, in place of the placeholder.
    await page.evaluate(
      (headers) => {
        // CodeMirror 5 keeps its editor on its element; this runs in the page (the test's types know no DOM).
        type Editor = { CodeMirror: { getValue: () => string; setValue: (value: string) => void } };
        const page = globalThis as unknown as {
          document: { querySelectorAll: (selector: string) => Iterable<Editor> };
        };
        const editors = [...page.document.querySelectorAll('.graphiql-editor-tool .CodeMirror')];
        const editor = editors.find((candidate) => candidate.CodeMirror.getValue().includes('authorization'));
        if (!editor) throw new Error('no headers editor holding the token placeholder');
        editor.CodeMirror.setValue(headers);
      },
      JSON.stringify({ authorization: `Bearer ${token}` }),
    );
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect.poll(() => result.textContent(), { timeout: 20_000 }).toContain('"received"');
    const text = await result.textContent();
    expect(text).toContain('"name": "Xã Lai Vung"');
    expect(text).not.toContain('"errors"');
    expect(leftTheMachine).toEqual([]);
  });
});
