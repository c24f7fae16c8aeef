import { useLazyQuery } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { ErrorNotice } from '../lib/errors';

const TrackQuery = graphql(`
  query TrackDossier($code: ID!, $idNumber: String!) {
    trackDossier(code: $code, idNumber: $idNumber) {
      code
      status
      procedureName
      unit {
        code
        name
      }
      submittedAt
      appointmentDate
      resolvedAt
      returnedAt
      history {
        at
        action
      }
    }
  }
`);

export default function Track() {
  const { t, format } = useI18n();
  const { register, handleSubmit, formState } = useForm({ defaultValues: { code: '', idNumber: '' } });
  const [track, { data, error, loading, called }] = useLazyQuery(TrackQuery, { fetchPolicy: 'network-only' });
  const found = data?.trackDossier;
  const errorOf = (key: 'code' | 'idNumber') => formState.errors[key]?.message;
  return (
    <>
      <h1 tabIndex={-1}>{t('trackTitle')}</h1>
      <p>{t('trackLead')}</p>
      <form
        noValidate
        onSubmit={handleSubmit(
          (values) =>
            void track({ variables: { code: values.code.trim(), idNumber: values.idNumber.trim() } }),
        )}
      >
        <div className={`field${errorOf('code') ? ' invalid' : ''}`}>
          <label htmlFor="track-code">{t('trackCode')}</label>
          {errorOf('code') && (
            <p className="field-error" id="track-code-error">
              {errorOf('code')}
            </p>
          )}
          <input
            id="track-code"
            autoComplete="off"
            aria-invalid={errorOf('code') ? true : undefined}
            aria-describedby={errorOf('code') ? 'track-code-error' : undefined}
            {...register('code', { required: t('fieldRequired', { label: t('trackCode') }) })}
          />
        </div>
        <div className={`field${errorOf('idNumber') ? ' invalid' : ''}`}>
          <label htmlFor="track-id">{t('trackSecret')}</label>
          {errorOf('idNumber') && (
            <p className="field-error" id="track-id-error">
              {errorOf('idNumber')}
            </p>
          )}
          <input
            id="track-id"
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={errorOf('idNumber') ? true : undefined}
            aria-describedby={errorOf('idNumber') ? 'track-id-error' : undefined}
            {...register('idNumber', {
              required: t('fieldRequired', { label: t('trackSecret') }),
              pattern: {
                value: /^(\d{6}|\d{12}|[\w.-]{6,20})$/,
                message: t('fieldPattern', { label: t('trackSecret') }),
              },
            })}
          />
        </div>
        <button type="submit" disabled={loading}>
          {t('trackButton')}
        </button>
      </form>
      <ErrorNotice error={error} />
      <div aria-live="polite">
        {called && !loading && !error && !found && <p className="notice warning">{t('trackNotFound')}</p>}
        {found && (
          <section className="panel">
            <h2>{found.procedureName}</h2>
            <dl className="facts">
              <dt>{t('trackCode')}</dt>
              <dd>{found.code}</dd>
              <dt>{t('status')}</dt>
              <dd>
                <span className={`status ${found.status}`}>{t(`status${found.status}`)}</span>
              </dd>
              <dt>{t('unit')}</dt>
              <dd>{found.unit?.name ?? '—'}</dd>
              <dt>{t('submittedAt')}</dt>
              <dd>{format.dateTime(found.submittedAt)}</dd>
              <dt>{t('appointment')}</dt>
              <dd>{format.dateTime(found.appointmentDate)}</dd>
            </dl>
            <h3>{t('history')}</h3>
            <ol className="timeline">
              {found.history.map((step) => (
                <li key={`${step.at}-${step.action}`}>
                  {t(`action${step.action}`)} — {format.dateTime(step.at)}
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </>
  );
}
