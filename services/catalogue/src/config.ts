import { loadConfig, portFromEnv, subgraphEnv } from '@dvc/service-kit';
import { z } from 'zod';

const catalogueEnv = z.object({
  ...subgraphEnv,
  PORT: portFromEnv(4001),
  /**
   * Where clients reach this service's files (form PDFs): the gateway forwards only GraphQL, so the links in
   * `Form.downloadUrl` point here, e.g. https://dichvucong.example.vn/catalogue behind the public reverse proxy.
   * Defaults to http://localhost:<port> for a single machine.
   */
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
});

export type CatalogueConfig = z.infer<typeof catalogueEnv>;

export const loadCatalogueConfig = (env: NodeJS.ProcessEnv = process.env): CatalogueConfig =>
  loadConfig('catalogue', catalogueEnv, env);
