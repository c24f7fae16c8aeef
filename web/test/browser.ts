import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { withoutFakeClock } from '@dvc/test-fixtures';
import { type Browser, chromium, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const RESULTS = new URL('../test-results/', import.meta.url).pathname;

/** The machine's Chromium (CI installs it with apt); no browser is downloaded. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    env: withoutFakeClock(),
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // A federation started by hand may listen on a port Chromium refuses by default (6000, X11).
      ...(process.env.WEB_TEST_URL
        ? [`--explicitly-allowed-ports=${new URL(process.env.WEB_TEST_URL).port}`]
        : []),
    ],
  });

/** Serious and critical accessibility violations axe finds on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 3).join(', ')}`);
}

/** A screenshot of the whole page (kept as a test artifact) and axe's verdict on it. */
export async function checkPage(page: Page, width: number, name: string): Promise<string[]> {
  const folder = join(RESULTS, String(width));
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
  return (await axeViolations(page)).map((violation) => `${name}: ${violation}`);
}
