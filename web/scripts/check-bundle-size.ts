// The citizen pages' first load must stay ≤ 200 KB of gzipped JavaScript (issue 13): the entry chunk and every
// chunk it imports statically, as the browser fetches them before the first page shows. Lazy pages are excluded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
type Chunk = { file: string; isEntry?: boolean; imports?: string[] };
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;

const seen = new Set<string>();
const visit = (key: string) => {
  if (seen.has(key)) return;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) visit(imported);
};
visit('index.html');
let total = 0;
for (const key of seen) {
  const file = (manifest[key] as Chunk).file;
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`  ${file}: ${(size / 1024).toFixed(1)} KB gzipped`);
}
console.log(
  `First load of the citizen pages: ${(total / 1024).toFixed(1)} KB of JavaScript gzipped (budget 200 KB)`,
);
if (total > BUDGET_BYTES) {
  console.error('Over budget: move a page or a library behind a lazy import.');
  process.exit(1);
}
