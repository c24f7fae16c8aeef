import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadPages } from './App';
import { I18nProvider } from './i18n';
import { createApolloClient } from './lib/apollo';
import { AuthProvider } from './lib/auth';
import './styles.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <I18nProvider>
        <AuthProvider>
          <App />
        </AuthProvider>
      </I18nProvider>
    </ApolloProvider>
  </StrictMode>,
);

// Keeps the catalogue pages a person visited readable offline (see public/sw.js).
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    void navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(preloadPages);
  });
}
