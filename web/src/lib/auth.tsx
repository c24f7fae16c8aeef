import type { User, UserManager } from 'oidc-client-ts';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/** What the gateway tells the app about sign-in (`/app-config.json`): the issuer is the gateway's JWT_ISSUER. */
type AppConfig = { issuer: string; clientId: string; scope: string };

export type Person = { name: string; role: string; unit: string | null };
type AuthState = {
  /** `checking` while a session is being resumed silently after a reload. */
  status: 'checking' | 'anonymous' | 'signedIn';
  person: Person | null;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
};

/**
 * Marks that this tab had a session, so that a reload tries a silent sign-in. It holds no token: tokens live in
 * memory only and come back from the identity provider's own session (prompt=none in a hidden frame).
 */
const SESSION_MARK = 'dvc.signedIn';
let accessToken: string | null = null;
let managerPromise: Promise<UserManager> | null = null;

/** The access token for the gateway, or null when nobody is signed in. */
export const currentAccessToken = () => accessToken;

/** The OIDC client is loaded only when someone signs in, so that public pages stay light. */
export function userManager(): Promise<UserManager> {
  managerPromise ??= (async () => {
    const [oidc, response] = await Promise.all([import('oidc-client-ts'), fetch('/app-config.json')]);
    const config = (await response.json()) as AppConfig;
    const origin = window.location.origin;
    return new oidc.UserManager({
      authority: config.issuer,
      client_id: config.clientId,
      scope: config.scope,
      response_type: 'code',
      redirect_uri: `${origin}/auth/callback`,
      silent_redirect_uri: `${origin}/auth/silent.html`,
      post_logout_redirect_uri: `${origin}/`,
      // Tokens in memory only; the PKCE verifier and state for the length of one redirect, in this tab.
      userStore: new oidc.WebStorageStateStore({ store: new oidc.InMemoryWebStorage() }),
      stateStore: new oidc.WebStorageStateStore({ store: window.sessionStorage }),
      automaticSilentRenew: true,
      loadUserInfo: false,
    });
  })();
  return managerPromise;
}

const personOf = (user: User): Person => ({
  name: String(user.profile.name ?? user.profile.sub),
  role: String(user.profile.role ?? ''),
  unit: typeof user.profile.unit === 'string' ? user.profile.unit : null,
});

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const hadSession = sessionStorage.getItem(SESSION_MARK) === '1';
  const [status, setStatus] = useState<AuthState['status']>(hadSession ? 'checking' : 'anonymous');
  const [person, setPerson] = useState<Person | null>(null);

  const adopt = useCallback((user: User | null) => {
    accessToken = user?.access_token ?? null;
    setPerson(user ? personOf(user) : null);
    setStatus(user ? 'signedIn' : 'anonymous');
    if (user) sessionStorage.setItem(SESSION_MARK, '1');
    else sessionStorage.removeItem(SESSION_MARK);
  }, []);

  useEffect(() => {
    let unsubscribe = () => {};
    const path = window.location.pathname;
    void (async () => {
      if (path !== '/auth/callback' && !hadSession) return;
      const manager = await userManager();
      const onLoaded = (user: User) => adopt(user);
      const onGone = () => adopt(null);
      manager.events.addUserLoaded(onLoaded);
      manager.events.addUserSignedOut(onGone);
      manager.events.addSilentRenewError(onGone);
      unsubscribe = () => {
        manager.events.removeUserLoaded(onLoaded);
        manager.events.removeUserSignedOut(onGone);
        manager.events.removeSilentRenewError(onGone);
      };
      if (path === '/auth/callback') {
        const user = await manager.signinRedirectCallback().catch(() => null);
        adopt(user);
        const returnTo = (user?.state as string | undefined) ?? '/';
        window.history.replaceState(null, '', returnTo.startsWith('/') ? returnTo : '/');
        window.dispatchEvent(new PopStateEvent('popstate'));
        return;
      }
      adopt(await manager.signinSilent().catch(() => null));
    })();
    return () => unsubscribe();
  }, [adopt, hadSession]);

  const value = useMemo<AuthState>(
    () => ({
      status,
      person,
      signIn: async (returnTo) => {
        const manager = await userManager();
        await manager.signinRedirect({
          state: returnTo ?? window.location.pathname + window.location.search,
        });
      },
      signOut: async () => {
        const manager = await userManager();
        const user = await manager.getUser();
        sessionStorage.removeItem(SESSION_MARK);
        accessToken = null;
        await manager.signoutRedirect(user?.id_token ? { id_token_hint: user.id_token } : {});
      },
    }),
    [status, person],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth outside AuthProvider');
  return context;
}
