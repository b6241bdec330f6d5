import { lazy, type ReactNode, Suspense } from 'react';
import { useLang } from './lib/i18n.js';
import { href, type Route, useRoute } from './lib/router.js';
import { AnalyzePage } from './pages/AnalyzePage.js';
import { DocumentPage } from './pages/DocumentPage.js';
import { EntitiesPage } from './pages/EntitiesPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { StoriesPage } from './pages/StoriesPage.js';
import { StoryPage } from './pages/StoryPage.js';

// The timeline and graph libraries are large: their pages load on first visit.
const DossierPage = lazy(async () => ({ default: (await import('./pages/DossierPage.js')).DossierPage }));
const EntityPage = lazy(async () => ({ default: (await import('./pages/EntityPage.js')).EntityPage }));
const GraphPage = lazy(async () => ({ default: (await import('./pages/GraphPage.js')).GraphPage }));

const NAV = ['analyze', 'search', 'entities', 'stories', 'dossier', 'graph'] as const;

function page(route: Route): ReactNode {
  switch (route.page) {
    case 'search':
      return <SearchPage key={route.params.toString()} route={route} />;
    case 'entities':
      return <EntitiesPage key={route.params.toString()} route={route} />;
    case 'entity':
      return route.id ? <EntityPage key={route.id} route={route} /> : <EntitiesPage route={route} />;
    case 'stories':
      return <StoriesPage route={route} />;
    case 'story':
      return route.id ? <StoryPage key={route.id} route={route} /> : <StoriesPage route={route} />;
    case 'document':
      return route.id ? <DocumentPage key={route.id} route={route} /> : <NotFoundPage />;
    case 'dossier':
      return <DossierPage key={route.params.toString()} route={route} />;
    case 'graph':
      return <GraphPage />;
    case 'analyze':
      return <AnalyzePage route={route} />;
    default:
      return <NotFoundPage />;
  }
}

/** The skip link is a button: it moves the focus without touching the hash, which is the router's. */
function skipToMain() {
  const target = document.getElementById('page-title') ?? document.getElementById('main');
  target?.focus();
}

export function App() {
  const { t, lang, toggle } = useLang();
  const route = useRoute();
  const active = route.page === 'entity' ? 'entities' : route.page === 'story' ? 'stories' : route.page;
  return (
    <>
      <button type="button" className="skip-link" onClick={skipToMain} data-testid="skip-link">
        {t.skipLink}
      </button>
      <header className="top">
        <a className="brand" href={href('analyze')}>
          {t.appName}
          <span className="tagline">{t.tagline}</span>
        </a>
        <nav aria-label={t.nav.label}>
          {NAV.map((name) => (
            <a key={name} href={href(name)} aria-current={active === name ? 'page' : undefined}>
              {t.nav[name]}
            </a>
          ))}
        </nav>
        <button
          type="button"
          className="lang-switch"
          onClick={toggle}
          data-testid="lang-switch"
          lang={lang === 'ar' ? 'en' : 'ar'}
        >
          {t.switchLang}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="status">{t.loading}</p>}>{page(route)}</Suspense>
      </main>
    </>
  );
}
