import { useQuery } from '@apollo/client/react';
import { useLocation, useSearch } from 'wouter';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { ErrorNotice } from '../lib/errors';

const VerifyQuery = graphql(`
  query VerifyDocument($code: String!) {
    verifyDocument(verificationCode: $code) {
      verificationCode
      status
      kind
      procedureName
      unit {
        code
        name
      }
      issuedAt
      revokedAt
    }
  }
`);

/** The page the QR code of a receipt or result points to (VERIFY_URL = this page + "?ma="). */
export default function Verify() {
  const { t, format } = useI18n();
  const [, navigate] = useLocation();
  const code = new URLSearchParams(useSearch()).get('ma')?.trim() ?? '';
  const { data, error, loading } = useQuery(VerifyQuery, {
    variables: { code },
    skip: !code,
    fetchPolicy: 'network-only',
  });
  const answer = data?.verifyDocument;
  return (
    <>
      <h1 tabIndex={-1}>{t('verifyTitle')}</h1>
      <p>{t('verifyLead')}</p>
      <form
        action="/xac-thuc"
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          const value = new FormData(event.currentTarget).get('ma');
          navigate(`/xac-thuc?ma=${encodeURIComponent(String(value ?? '').trim())}`);
        }}
      >
        <div className="field">
          <label htmlFor="verify-code">{t('verifyCode')}</label>
          <input id="verify-code" name="ma" defaultValue={code} key={code} autoComplete="off" required />
        </div>
        <button type="submit">{t('verifyButton')}</button>
      </form>
      <ErrorNotice error={error} />
      {loading && <p role="status">{t('loading')}</p>}
      {answer && (
        <section className={`panel verdict ${answer.status}`} aria-live="polite">
          <h2>{t(`verify${answer.status}`)}</h2>
          {answer.status !== 'UNKNOWN' && (
            <dl className="facts">
              <dt>{t('verifyCode')}</dt>
              <dd>{answer.verificationCode}</dd>
              {answer.kind && (
                <>
                  <dt>{t('status')}</dt>
                  <dd>{t(`kind${answer.kind}`)}</dd>
                </>
              )}
              <dt>{t('procedure')}</dt>
              <dd>{answer.procedureName ?? '—'}</dd>
              <dt>{t('unit')}</dt>
              <dd>{answer.unit?.name ?? '—'}</dd>
              <dt>{t('issuedAt')}</dt>
              <dd>{format.dateTime(answer.issuedAt)}</dd>
              {answer.revokedAt && (
                <>
                  <dt>{t('revokedAt')}</dt>
                  <dd>{format.dateTime(answer.revokedAt)}</dd>
                </>
              )}
            </dl>
          )}
        </section>
      )}
    </>
  );
}
