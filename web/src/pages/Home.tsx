import { Link } from 'wouter';
import { useI18n } from '../i18n';
import { SearchForm } from './Catalogue';

export function Home() {
  const { t } = useI18n();
  return (
    <>
      <h1 tabIndex={-1}>{t('homeTitle')}</h1>
      <p className="lead">{t('homeLead')}</p>
      <SearchForm query="" />
      <ul className="tiles">
        <li>
          <Link href="/ho-so">{t('navMyDossiers')}</Link>
        </li>
        <li>
          <Link href="/tra-cuu">{t('navTrack')}</Link>
        </li>
        <li>
          <Link href="/xac-thuc">{t('navVerify')}</Link>
        </li>
        <li>
          <Link href="/cong-khai">{t('navBoard')}</Link>
        </li>
      </ul>
    </>
  );
}
