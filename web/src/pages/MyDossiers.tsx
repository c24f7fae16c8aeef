import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { useAuth } from '../lib/auth';
import { ErrorNotice } from '../lib/errors';
import { SignInFirst } from '../lib/SignInFirst';

const MyDossiersQuery = graphql(`
  query MyDossiers {
    myDossiers(first: 50) {
      nodes {
        code
        status
        procedureName
        submittedAt
        appointmentDate
        unit {
          code
          name
        }
      }
    }
  }
`);

export default function MyDossiers() {
  const { t, format } = useI18n();
  const { status } = useAuth();
  const { data, error, loading } = useQuery(MyDossiersQuery, {
    skip: status !== 'signedIn',
    fetchPolicy: 'cache-and-network',
  });
  if (status !== 'signedIn') return <SignInFirst title={t('myDossiersTitle')} />;
  const nodes = data?.myDossiers?.nodes;
  return (
    <>
      <h1 tabIndex={-1}>{t('myDossiersTitle')}</h1>
      <ErrorNotice error={error} />
      {loading && !data && <p role="status">{t('loading')}</p>}
      {nodes && nodes.length === 0 && <p>{t('noDossiers')}</p>}
      {nodes && nodes.length > 0 && (
        <ul className="cards">
          {nodes.map((dossier) => (
            <li key={dossier.code} className="card">
              <h2>
                <Link href={`/ho-so/${encodeURIComponent(dossier.code)}`}>{dossier.procedureName}</Link>
              </h2>
              <p className="meta">
                {dossier.code} · {dossier.unit?.name}
              </p>
              <p>
                <span className={`status ${dossier.status}`}>{t(`status${dossier.status}`)}</span>
              </p>
              <p className="meta">
                {t('submittedAt')}: {format.date(dossier.submittedAt)} · {t('appointment')}:{' '}
                {format.date(dossier.appointmentDate)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
