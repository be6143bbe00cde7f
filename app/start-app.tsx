/**
 * The app itself: loaded by main.tsx once the dataset worker has started, which then calls
 * startApp.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { LANGUAGES } from './domain/languages.ts';
import { hasMessages } from './i18n.ts';
import { createQueryClient } from './lib/query-client.ts';
import { createAppRouter } from './router.tsx';

// Static hosts answer `/kk/events/x` with a redirect to `/kk/events/x/` (the page is that
// directory's index.html); the app's addresses have no trailing slash, so drop it in place.
const { pathname, search, hash } = window.location;
if (pathname.length > import.meta.env.BASE_URL.length && pathname.endsWith('/'))
  window.history.replaceState(
    window.history.state,
    '',
    `${pathname.replace(/\/+$/, '')}${search}${hash}`,
  );

/** A task boundary: what follows runs in a task of its own, after any input waiting. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield?.() ?? new Promise<void>((resolve) => setTimeout(resolve, 0));
}

function render(
  element: HTMLElement,
  queryClient: QueryClient,
  router: ReturnType<typeof createAppRouter>,
) {
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
 * Starts the app. Evaluating its code, creating the router (its routes, the first match) and
 * rendering are three tasks, not one: on a slow phone one long task would keep the page from
 * answering a tap for a fifth of a second (Lighthouse's total blocking time).
 */
export async function startApp() {
  await nextTask();
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  await nextTask();
  const root = document.getElementById('root');
  if (root) {
    if (root.hasChildNodes()) {
      // A page prerendered at build time (scripts/prerender.ts) already shows the shell and, on an
      // event page, the event. Keep it until the route has loaded (its loader waits for the
      // dataset, or its first failure), then let the app replace it in one commit: no blank frame,
      // no loading skeleton, and the shell does not move.
      // Should no language's messages have loaded (their chunk failed, like the app's own chunks
      // can), the prerendered page stays: it is readable as it is.
      void router
        .load()
        .catch(() => undefined)
        .then(() => {
          if (LANGUAGES.some(hasMessages)) render(root, queryClient, router);
        });
    } else {
      render(root, queryClient, router);
    }
  }
}
