import { existsSync } from 'node:fs';
import express, { type Express } from 'express';

/** GraphiQL bundled from npm by `npm run build` (explorer/build.mjs): the page loads nothing from the internet. */
const bundle = new URL('../../dist/graphiql/', import.meta.url).pathname;

const PAGE = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>DVC GraphQL explorer</title>
  <link rel="stylesheet" href="/explorer/explorer.css">
  <style>body { margin: 0; } #explorer { height: 100vh; }</style>
</head>
<body>
  <div id="explorer"></div>
  <script type="module" src="/explorer/explorer.js"></script>
</body>
</html>`;

const NOT_BUILT =
  'The explorer is not built: run `npm run build` (it bundles GraphiQL into gateway/dist/graphiql).\n';

/**
 * The explorer page at GET /graphql for a browser (a request that accepts HTML), and its bundle under /explorer.
 * Mounted only when the explorer is on (development, or GRAPHQL_EXPLORER=true).
 */
export function explorerRoutes(app: Express): void {
  app.use('/explorer', express.static(bundle, { index: false, fallthrough: false }));
  app.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    if (!existsSync(`${bundle}explorer.js`)) {
      res.status(503).type('text/plain').send(NOT_BUILT);
      return;
    }
    res.type('html').send(PAGE);
  });
}
