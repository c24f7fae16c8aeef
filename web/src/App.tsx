import { Component, lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { useI18n } from './i18n';
import { useAuth } from './lib/auth';
import { useOnline } from './lib/online';
import { Catalogue } from './pages/Catalogue';
import { Home } from './pages/Home';
import { ProcedurePage } from './pages/Procedure';

// Pages past the catalogue load on demand: the first load of a citizen page carries only what it shows.
const PAGES = {
  FilingWizard: () => import('./pages/FilingWizard'),
  MyDossiers: () => import('./pages/MyDossiers'),
  Dossier: () => import('./pages/Dossier'),
  Track: () => import('./pages/Track'),
  Verify: () => import('./pages/Verify'),
  Board: () => import('./pages/Board'),
};
const FilingWizard = lazy(PAGES.FilingWizard);
const MyDossiers = lazy(PAGES.MyDossiers);
const DossierPage = lazy(PAGES.Dossier);
const Track = lazy(PAGES.Track);
const Verify = lazy(PAGES.Verify);
const Board = lazy(PAGES.Board);

/**
 * Fetches the other pages once the first has shown, so that the service worker holds them: on a weak signal the
 * tracking page still opens and says it is offline, instead of failing to load.
 */
export const preloadPages = () => {
  for (const load of Object.values(PAGES)) void load().catch(() => {});
};

/** A page whose code cannot be fetched (offline) says so instead of leaving the screen blank. */
class PageFailed extends Component<{ children: ReactNode; message: string }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <p className="notice warning" role="alert">
        {this.props.message}
      </p>
    ) : (
      this.props.children
    );
  }
}

function Header() {
  const { t, language, setLanguage } = useI18n();
  const { status, person, signIn, signOut } = useAuth();
  return (
    <header className="site-header">
      <div className="bar">
        <Link href="/" className="brand">
          {t('appName')}
        </Link>
        <div className="account">
          <button
            type="button"
            className="link-button"
            lang={language === 'vi' ? 'en' : 'vi'}
            aria-label={t('switchLanguageLabel')}
            onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}
          >
            {t('switchLanguage')}
          </button>
          {status === 'signedIn' && person ? (
            <>
              <span className="who">{t('signedInAs', { name: person.name })}</span>
              <button type="button" className="link-button" onClick={() => void signOut()}>
                {t('signOut')}
              </button>
            </>
          ) : status === 'anonymous' ? (
            <button type="button" className="link-button" onClick={() => void signIn()}>
              {t('signIn')}
            </button>
          ) : null}
        </div>
      </div>
      <nav aria-label={t('mainNav')}>
        <ul>
          <li>
            <Link href="/thu-tuc">{t('navCatalogue')}</Link>
          </li>
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
      </nav>
    </header>
  );
}

/** Moves focus to the page's heading after a navigation, so that a screen reader announces the new page. */
function FocusOnNavigate({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each navigation, which `location` names
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector('h1')?.focus();
  }, [location]);
  return (
    <main id="main" ref={main}>
      {children}
    </main>
  );
}

export function App() {
  const { t } = useI18n();
  const online = useOnline();
  const [location] = useLocation();
  return (
    <>
      <a className="skip" href="#main">
        {t('skipToContent')}
      </a>
      <Header />
      {!online && (
        <p className="notice warning offline" role="status">
          {t('offline')}
        </p>
      )}
      <FocusOnNavigate>
        <PageFailed key={location} message={t('offlineAction')}>
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <Switch>
              <Route path="/" component={Home} />
              <Route path="/thu-tuc" component={Catalogue} />
              <Route path="/thu-tuc/:code/nop">{(params) => <FilingWizard code={params.code} />}</Route>
              <Route path="/thu-tuc/:code">{(params) => <ProcedurePage code={params.code} />}</Route>
              <Route path="/ho-so" component={MyDossiers} />
              <Route path="/ho-so/:code/thanh-toan">
                {(params) => <DossierPage code={decodeURIComponent(params.code)} paymentReturn />}
              </Route>
              <Route path="/ho-so/:code">
                {(params) => <DossierPage code={decodeURIComponent(params.code)} />}
              </Route>
              <Route path="/tra-cuu" component={Track} />
              <Route path="/xac-thuc" component={Verify} />
              <Route path="/cong-khai/:unit?">{(params) => <Board unit={params.unit ?? '82'} />}</Route>
              <Route path="/auth/callback">
                <p role="status">{t('loading')}</p>
              </Route>
              <Route>
                <h1 tabIndex={-1}>{t('notFound')}</h1>
              </Route>
            </Switch>
          </Suspense>
        </PageFailed>
      </FocusOnNavigate>
    </>
  );
}
