import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { anonymousIdentity } from '@dvc/identity';
import type { Logger } from '@dvc/service-kit';
import express, { type Request, type Response, type Router } from 'express';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';

/**
 * The web app (web/, built by Vite) served from the gateway's origin, so that it reaches /graphql without CORS.
 * The catalogue pages are rendered here as plain HTML too, for search engines and for phones without JavaScript;
 * the app then takes the page over. Any web server can serve the built files instead; only these pages need the
 * gateway.
 */
export function webApp(options: {
  config: GatewayConfig;
  apollo: ApolloServer<GatewayContext>;
  logger: Logger;
}): Router {
  const { config, apollo, logger } = options;
  const router = express.Router();
  const indexFile = join(config.WEB_APP_DIR, 'index.html');
  if (!existsSync(indexFile)) {
    logger.warn({ dir: config.WEB_APP_DIR }, 'web app not built (npm run build -w @dvc/web): not served');
    return router;
  }
  // Read at each page: a new build deployed under a running gateway names its new files at once.
  const shell = () => readFileSync(indexFile, 'utf8');

  router.get('/app-config.json', (_req, res) => {
    res.json({ issuer: config.JWT_ISSUER, clientId: config.OIDC_CLIENT_ID, scope: 'openid profile gateway' });
  });
  // File names carry a hash of their content: a year of caching is safe, and phones on a weak signal need it.
  router.use(
    '/assets',
    express.static(join(config.WEB_APP_DIR, 'assets'), { immutable: true, maxAge: '365d' }),
  );
  router.use(express.static(config.WEB_APP_DIR, { index: false, maxAge: 0 }));

  const query = async (text: string, variables: Record<string, unknown>) => {
    const requestId = randomUUID();
    const response = await apollo.executeOperation(
      { query: text, variables },
      { contextValue: { identity: anonymousIdentity, requestId, logger: logger.child({ requestId }) } },
    );
    return response.body.kind === 'single' ? (response.body.singleResult.data ?? null) : null;
  };
  const page = (res: Response, title: string, body: string, status = 200) => {
    res
      .status(status)
      .type('html')
      .set('cache-control', 'no-cache')
      .send(
        shell()
          .replace('<!--title-->Dịch vụ công', `${escapeHtml(title)} · Dịch vụ công`)
          .replace('<!--ssr-->', `${HEADER}<main id="main">${body}</main>`),
      );
  };

  router.get('/thu-tuc', async (req: Request, res: Response) => {
    const search = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : null;
    const data = (await query(CATALOGUE, { search }).catch(() => null)) as CatalogueData | null;
    page(res, 'Thủ tục hành chính', renderCatalogue(search, data));
  });
  router.get('/thu-tuc/:code', async (req: Request, res: Response) => {
    const data = (await query(PROCEDURE, { code: req.params.code }).catch(
      () => null,
    )) as ProcedureData | null;
    if (!data?.procedure) return page(res, 'Không tìm thấy', '<h1>Không tìm thấy thủ tục này</h1>', 404);
    page(res, data.procedure.name, renderProcedure(data.procedure));
  });
  // Every other page is the app's: it routes in the browser.
  router.get(/^\/(?!graphql|health|registry).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    page(res, 'Dịch vụ công', '');
  });
  return router;
}

const HEADER =
  '<header class="site-header"><div class="bar"><a class="brand" href="/">Dịch vụ công</a></div></header>';

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );

const CATALOGUE = `query SsrCatalogue($search: String) {
  procedures(search: $search, first: 100) { totalCount nodes { code name field { name } onlineLevel } }
}`;
type CatalogueData = {
  procedures: { totalCount: number; nodes: Array<{ code: string; name: string; field: { name: string } }> };
};

const PROCEDURE = `query SsrProcedure($code: ID!) {
  procedure(code: $code) {
    code name field { name } levels implementingAgency onlineLevel steps
    methods { method duration { unit value cutoff } fee { kind amountVnd description } }
    documents { case name copies { original copy } }
    forms { id name downloadUrl }
    result conditions legalBasis { number date issuer title }
  }
}`;
type Procedure = {
  code: string;
  name: string;
  field: { name: string };
  levels: string[];
  implementingAgency: string;
  onlineLevel: string;
  steps: string[];
  methods: Array<{
    method: string;
    duration: { unit: string; value: number; cutoff: string | null };
    fee: { kind: string; amountVnd: number; description: string };
  }>;
  documents: Array<{ case: string; name: string; copies: { original: number; copy: number } }>;
  forms: Array<{ id: string; name: string; downloadUrl: string }>;
  result: string;
  conditions: string | null;
  legalBasis: Array<{ number: string; date: string; issuer: string; title: string }>;
};
type ProcedureData = { procedure: Procedure | null };

const METHODS: Record<string, string> = { IN_PERSON: 'Trực tiếp', ONLINE: 'Trực tuyến', POST: 'Bưu chính' };
const LEVELS: Record<string, string> = { PROVINCE: 'Cấp tỉnh', DISTRICT: 'Cấp huyện', COMMUNE: 'Cấp xã' };
const money = new Intl.NumberFormat('vi-VN', {
  style: 'currency',
  currency: 'VND',
  maximumFractionDigits: 0,
});
const date = (iso: string) => iso.split('-').reverse().join('/');
const duration = ({ unit, value, cutoff }: Procedure['methods'][number]['duration']) =>
  unit === 'WORKING_DAYS'
    ? `${value} ngày làm việc`
    : unit === 'WORKING_HOURS'
      ? `${value} giờ làm việc`
      : `Trong ngày (nhận trước ${cutoff ?? '15:00'})`;

function renderCatalogue(search: string | null, data: CatalogueData | null): string {
  const e = escapeHtml;
  const items = data
    ? data.procedures.nodes
        .map(
          (p) =>
            `<li class="card"><h2><a href="/thu-tuc/${e(p.code)}">${e(p.name)}</a></h2><p class="meta">${e(p.code)} · ${e(p.field.name)}</p></li>`,
        )
        .join('')
    : '';
  return `<h1>Thủ tục hành chính</h1>
<form action="/thu-tuc" method="get" class="search"><label for="q">Tìm thủ tục</label>
<div class="search-row"><input id="q" name="q" type="search" value="${e(search ?? '')}"><button type="submit">Tìm kiếm</button></div></form>
${data ? `<p class="count">${data.procedures.totalCount} thủ tục</p><ul class="cards">${items}</ul>` : '<p>Danh mục tạm thời không truy cập được.</p>'}`;
}

function renderProcedure(p: Procedure): string {
  const e = escapeHtml;
  const cases = [...new Set(p.documents.map((d) => d.case))];
  return `<article class="procedure"><p class="meta"><a href="/thu-tuc">Thủ tục hành chính</a> › ${e(p.field.name)}</p>
<h1>${e(p.name)}</h1>
<dl class="facts"><dt>Mã thủ tục</dt><dd>${e(p.code)}</dd><dt>Lĩnh vực</dt><dd>${e(p.field.name)}</dd>
<dt>Cơ quan thực hiện</dt><dd>${e(p.implementingAgency)}</dd></dl>
<h2>Nơi nộp hồ sơ</h2><p>Bộ phận Một cửa của ${e(p.levels.map((l) => LEVELS[l] ?? l).join(', '))} nơi bạn cư trú; hoặc nộp trực tuyến.</p>
<h2>Cách thức, thời hạn và phí</h2><div class="table-scroll" role="region" aria-label="Cách thức, thời hạn và phí" tabindex="0"><table><thead><tr><th scope="col">Cách thức</th><th scope="col">Thời hạn giải quyết</th><th scope="col">Phí, lệ phí</th></tr></thead><tbody>
${p.methods
  .map(
    (m) =>
      `<tr><th scope="row">${e(METHODS[m.method] ?? m.method)}</th><td>${e(duration(m.duration))}</td><td>${m.fee.kind === 'FREE' ? 'Miễn phí' : m.fee.amountVnd > 0 ? e(money.format(m.fee.amountVnd)) : ''}<br><span class="hint">${e(m.fee.description)}</span></td></tr>`,
  )
  .join('')}</tbody></table></div>
<h2>Thành phần hồ sơ</h2>${cases
    .map(
      (c) =>
        `<section class="case"><h3>Trường hợp: ${e(c)}</h3><ul>${p.documents
          .filter((d) => d.case === c)
          .map(
            (d) =>
              `<li>${e(d.name)} <span class="hint">(${d.copies.original} bản chính, ${d.copies.copy} bản sao)</span></li>`,
          )
          .join('')}</ul></section>`,
    )
    .join('')}
${p.forms.length ? `<h2>Mẫu đơn, tờ khai</h2><ul>${p.forms.map((f) => `<li>${e(f.name)} — <a href="${e(f.downloadUrl)}">Tải mẫu trống (PDF)</a></li>`).join('')}</ul>` : ''}
<h2>Trình tự thực hiện</h2><ol>${p.steps.map((s) => `<li>${e(s)}</li>`).join('')}</ol>
${p.conditions ? `<h2>Yêu cầu, điều kiện</h2><p>${e(p.conditions)}</p>` : ''}
<h2>Kết quả</h2><p>${e(p.result)}</p>
<h2>Căn cứ pháp lý</h2><ul>${p.legalBasis.map((l) => `<li>${e(l.number)} (${e(date(l.date))}, ${e(l.issuer)}): ${e(l.title)}</li>`).join('')}</ul></article>`;
}
