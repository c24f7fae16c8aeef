// Bundles GraphiQL (from npm) into dist/graphiql, so that the gateway serves the explorer with no CDN: a district
// server often has no internet.
import { build } from 'esbuild';

await build({
  entryPoints: { explorer: new URL('./client.tsx', import.meta.url).pathname },
  outdir: new URL('../dist/graphiql', import.meta.url).pathname,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
