import { useI18n } from '../i18n';
import { useAuth } from './auth';

/** Shown on a personal page when nobody is signed in; null when someone is. */
export function SignInFirst({ title }: { title: string }) {
  const { t } = useI18n();
  const { status, signIn } = useAuth();
  if (status === 'signedIn') return null;
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      {status === 'checking' ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <button type="button" onClick={() => void signIn()}>
          {t('signIn')}
        </button>
      )}
    </>
  );
}
