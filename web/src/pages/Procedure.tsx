import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { graphql } from '../gql';
import type { ProcedurePageQuery } from '../gql/graphql';
import { type MessageKey, useI18n } from '../i18n';
import { ErrorNotice } from '../lib/errors';
import { ScrollRegion } from '../lib/ScrollRegion';

const ProcedureQuery = graphql(`
  query ProcedurePage($code: ID!) {
    procedure(code: $code) {
      code
      version
      name
      field {
        code
        name
      }
      levels
      implementingAgency
      onlineLevel
      steps
      methods {
        method
        duration {
          unit
          value
          cutoff
        }
        fee {
          kind
          amountVnd
          description
        }
      }
      documents {
        case
        name
        copies {
          original
          copy
        }
        formId
      }
      forms {
        id
        name
        downloadUrl
      }
      result
      legalBasis {
        number
        date
        issuer
        title
      }
      conditions
    }
  }
`);

type Method = NonNullable<ProcedurePageQuery['procedure']>['methods'][number];

export function useDuration() {
  const { t } = useI18n();
  return (duration: Method['duration']) =>
    t(`duration${duration.unit}` as MessageKey, {
      value: duration.value,
      cutoff: duration.cutoff ?? '15:00',
    });
}

export function ProcedurePage({ code }: { code: string }) {
  const { t, format } = useI18n();
  const duration = useDuration();
  const { data, error, loading } = useQuery(ProcedureQuery, { variables: { code } });
  const procedure = data?.procedure;
  if (loading && !data) return <p role="status">{t('loading')}</p>;
  if (!procedure)
    return (
      <>
        <ErrorNotice error={error} />
        <h1 tabIndex={-1}>{t('notFound')}</h1>
      </>
    );
  const cases = [...new Set(procedure.documents.map((document) => document.case))];
  const fileable =
    procedure.onlineLevel !== 'INFORMATION_ONLY' && procedure.methods.some((m) => m.method === 'ONLINE');
  return (
    <article className="procedure">
      <ErrorNotice error={error} />
      <p className="meta">
        <Link href="/thu-tuc">{t('navCatalogue')}</Link> › {procedure.field.name}
      </p>
      <h1 tabIndex={-1}>{procedure.name}</h1>
      <dl className="facts">
        <dt>{t('procedureCode')}</dt>
        <dd>{procedure.code}</dd>
        <dt>{t('procedureField')}</dt>
        <dd>{procedure.field.name}</dd>
        <dt>{t('agency')}</dt>
        <dd>{procedure.implementingAgency}</dd>
        <dt>{t('onlineLevel')}</dt>
        <dd>{t(`online${procedure.onlineLevel}`)}</dd>
      </dl>
      {fileable && (
        <p>
          <Link href={`/thu-tuc/${procedure.code}/nop`} className="button">
            {t('fileOnline')}
          </Link>
        </p>
      )}
      <h2>{t('whereToFile')}</h2>
      <p>
        {t('whereToFileText', { levels: procedure.levels.map((level) => t(`level${level}`)).join(', ') })}
      </p>
      <h2>{t('methods')}</h2>
      <ScrollRegion label={t('methods')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('method')}</th>
              <th scope="col">{t('timeLimit')}</th>
              <th scope="col">{t('fee')}</th>
            </tr>
          </thead>
          <tbody>
            {procedure.methods.map((method) => (
              <tr key={method.method}>
                <th scope="row">{t(`method${method.method}`)}</th>
                <td>{duration(method.duration)}</td>
                <td>
                  {method.fee.kind === 'FREE'
                    ? t('free')
                    : // A fee the province sets has no amount until a unit names the province: its description says so.
                      method.fee.amountVnd
                      ? format.money(method.fee.amountVnd)
                      : ''}
                  <br />
                  <span className="hint">{method.fee.description}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h2>{t('documents')}</h2>
      {cases.map((name) => (
        <section key={name} className="case">
          <h3>
            {t('documentCase')}: {name === 'Chung' ? t('caseCommon') : name}
          </h3>
          <ul>
            {procedure.documents
              .filter((document) => document.case === name)
              .map((document) => (
                <li key={document.name}>
                  {document.name}{' '}
                  <span className="hint">
                    ({t('copies', { original: document.copies.original, copy: document.copies.copy })})
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
      {procedure.forms.length > 0 && (
        <>
          <h2>{t('forms')}</h2>
          <ul>
            {procedure.forms.map((form) => (
              <li key={form.id}>
                {form.name} —{' '}
                <a href={form.downloadUrl} download>
                  {t('downloadForm')}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('steps')}</h2>
      <ol>
        {procedure.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {procedure.conditions && (
        <>
          <h2>{t('conditions')}</h2>
          <p>{procedure.conditions}</p>
        </>
      )}
      <h2>{t('result')}</h2>
      <p>{procedure.result}</p>
      <h2>{t('legalBasis')}</h2>
      <ul>
        {procedure.legalBasis.map((law) => (
          <li key={law.number}>
            {law.number} ({format.date(law.date)}, {law.issuer}): {law.title}
          </li>
        ))}
      </ul>
    </article>
  );
}
