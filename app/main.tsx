import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
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

/** Longest wait for the dataset before a prerendered page gives way to the app's own loading view. */
const TAKEOVER_WAIT_MS = 5_000;

function render(element: HTMLElement) {
  createRoot(element).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

if (root) {
  if (root.hasChildNodes()) {
    // A page prerendered at build time (scripts/prerender.ts) already shows the shell and, on an
    // event page, the event. Keep it until the route and the dataset are ready, then let the app
    // replace it in one commit: no blank frame, and the shell does not move.
    const ready = Promise.all([
      router.load(),
      queryClient.prefetchQuery(datasetQueries.byUrl()),
    ]).catch(() => undefined);
    const timeout = new Promise((resolve) => setTimeout(resolve, TAKEOVER_WAIT_MS));
    void Promise.race([ready, timeout]).then(() => render(root));
  } else {
    render(root);
  }
}
