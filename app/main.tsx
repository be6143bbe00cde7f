import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { datasetQueries } from './domain/dataset-query.ts';
import { createQueryClient } from './lib/query-client.ts';
import { createAppRouter } from './router.tsx';
import './styles.css';

// Static hosts answer `/kk/events/x` with a redirect to `/kk/events/x/` (the page is that
// directory's index.html); the app's addresses have no trailing slash, so drop it in place.
const { pathname, search, hash } = window.location;
if (pathname.length > import.meta.env.BASE_URL.length && pathname.endsWith('/'))
  window.history.replaceState(
    window.history.state,
    '',
    `${pathname.replace(/\/+$/, '')}${search}${hash}`,
  );

const queryClient = createQueryClient();
const router = createAppRouter();
const root = document.getElementById('root');

function render(element: HTMLElement) {
  const root = createRoot(element);
  // As a transition, the first render (the whole explorer) yields to the browser every few
  // milliseconds instead of blocking it for one long task (Lighthouse's total blocking time).
  startTransition(() =>
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}

/**
 * Starts loading the dataset and resolves once it has loaded, or on its first failure (the app's
 * query then goes on retrying and explains the error itself, as when it loads on its own).
 */
function datasetLoadedOrFailing(): Promise<void> {
  const options = datasetQueries.byUrl();
  void queryClient.prefetchQuery(options);
  return new Promise((resolve) => {
    const settled = () => {
      const state = queryClient.getQueryState(options.queryKey);
      return state !== undefined && (state.status !== 'pending' || state.fetchFailureCount > 0);
    };
    if (settled()) return resolve();
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (!settled()) return;
      unsubscribe();
      resolve();
    });
  });
}

if (root) {
  if (root.hasChildNodes()) {
    // A page prerendered at build time (scripts/prerender.ts) already shows the shell and, on an
    // event page, the event. Keep it until the route and the dataset are ready, then let the app
    // replace it in one commit: no blank frame, no loading skeleton, and the shell does not move.
    void Promise.all([router.load().catch(() => undefined), datasetLoadedOrFailing()]).then(() =>
      render(root),
    );
  } else {
    render(root);
  }
}
