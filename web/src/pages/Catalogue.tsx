import { useQuery } from '@apollo/client/react';
import { Link, useSearch } from 'wouter';
import { graphql } from '../gql';
import type { OnlineServiceKind, UnitLevel } from '../gql/graphql';
import { useI18n } from '../i18n';
import { ErrorNotice } from '../lib/errors';

const CatalogueQuery = graphql(`
  query Catalogue($search: String, $filter: ProcedureFilter, $after: String) {
    procedures(search: $search, filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        code
        version
        name
        field {
          code
          name
        }
        levels
        onlineLevel
      }
    }
  }
`);

const FiltersQuery = graphql(`
  query CatalogueFilters {
    procedures(first: 100) {
      nodes {
        code
        version
        field {
          code
          name
        }
      }
    }
  }
`);

const LEVELS: UnitLevel[] = ['DISTRICT', 'COMMUNE'];
const ONLINE: OnlineServiceKind[] = ['FULL_PROCESS', 'PARTIAL', 'INFORMATION_ONLY'];

/** The search box; a plain GET form, so that it works before (or without) JavaScript too. */
export function SearchForm({ query }: { query: string }) {
  const { t } = useI18n();
  return (
    <search>
      <form action="/thu-tuc" method="get" className="search">
        <label htmlFor="q">{t('searchLabel')}</label>
        <p id="q-hint" className="hint">
          {t('searchHint')}
        </p>
        <div className="search-row">
          <input id="q" name="q" type="search" defaultValue={query} aria-describedby="q-hint" />
          <button type="submit">{t('searchButton')}</button>
        </div>
      </form>
    </search>
  );
}

export function Catalogue() {
  const { t, format } = useI18n();
  const params = new URLSearchParams(useSearch());
  const search = params.get('q')?.trim() || null;
  const field = params.get('field') || null;
  const level = (params.get('level') || null) as UnitLevel | null;
  const online = (params.get('online') || null) as OnlineServiceKind | null;
  const after = params.get('after') || null;
  const { data, error, loading } = useQuery(CatalogueQuery, {
    variables: {
      search,
      after,
      filter: {
        ...(field ? { field } : {}),
        ...(level ? { level } : {}),
        ...(online ? { onlineLevels: [online] } : {}),
      },
    },
  });
  const filters = useQuery(FiltersQuery);
  const fields = [
    ...new Map((filters.data?.procedures.nodes ?? []).map((node) => [node.field.code, node.field.name])),
  ].sort((a, b) => a[1].localeCompare(b[1], 'vi'));
  const connection = data?.procedures;
  const next = new URLSearchParams(params);
  if (connection?.pageInfo.endCursor) next.set('after', connection.pageInfo.endCursor);
  return (
    <>
      <h1 tabIndex={-1}>{t('navCatalogue')}</h1>
      <SearchForm query={search ?? ''} />
      <form action="/thu-tuc" method="get" className="filters">
        {search && <input type="hidden" name="q" value={search} />}
        <div>
          <label htmlFor="field">{t('filterField')}</label>
          <select id="field" name="field" defaultValue={field ?? ''}>
            <option value="">{t('filterAll')}</option>
            {fields.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="level">{t('filterLevel')}</label>
          <select id="level" name="level" defaultValue={level ?? ''}>
            <option value="">{t('filterAll')}</option>
            {LEVELS.map((value) => (
              <option key={value} value={value}>
                {t(`level${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="online">{t('filterOnline')}</label>
          <select id="online" name="online" defaultValue={online ?? ''}>
            <option value="">{t('filterAll')}</option>
            {ONLINE.map((value) => (
              <option key={value} value={value}>
                {t(`online${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          {t('filterApply')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {loading && !data && <p role="status">{t('loading')}</p>}
      {connection && (
        <section aria-live="polite">
          <p className="count">{t('resultsCount', { count: format.number(connection.totalCount) })}</p>
          {connection.nodes.length === 0 ? (
            <p>{t('noResults')}</p>
          ) : (
            <ul className="cards">
              {connection.nodes.map((procedure) => (
                <li key={procedure.code} className="card">
                  <h2>
                    <Link href={`/thu-tuc/${procedure.code}`}>{procedure.name}</Link>
                  </h2>
                  <p className="meta">
                    {procedure.code} · {procedure.field.name} ·{' '}
                    {procedure.levels.map((l) => t(`level${l}`)).join(', ')} ·{' '}
                    <span className={`badge ${procedure.onlineLevel}`}>
                      {t(`online${procedure.onlineLevel}`)}
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          )}
          {connection.pageInfo.hasNextPage && (
            <Link href={`/thu-tuc?${next}`} className="button secondary">
              {t('nextPage')}
            </Link>
          )}
        </section>
      )}
    </>
  );
}
