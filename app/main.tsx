/**
 * The entry. The prerendered page paints first, with nothing but itself and its styles
 * downloaded: the app's JavaScript (~165 kB gzip) and the dataset (~120 kB) would otherwise share
 * a slow connection with them. Then it starts the dataset worker, which asks for the file at once
 * (dataset-worker-client.ts), fetches the app's chunks (listed on this script's tag by
 * vite.config.ts), and runs the app's code (start-app.tsx) once the worker has started: a worker
 * is started by the page's main thread, and started beside the app's code (a third of a second of
 * module evaluation) it began reading only after it, the file coming in that much later.
 */
import { startDatasetRead } from './domain/dataset-worker-client.ts';
import { messagesHref } from './lib/messages-href.ts';
import { openStorage } from './lib/storage.ts';
import './styles.css';

/**
 * Once the browser reports the page's first contentful paint (paint timing), the frame on screen:
 * the main thread paints a frame earlier, and requests started between the two were counted by
 * Lighthouse as something the paint waited for (its simulated first paint of an event page swung
 * between 1.0 and 2.6 s). At once in a hidden tab, which paints nothing; after a second at the
 * latest (a tab hidden before its first frame).
 */
const painted = new Promise<void>((resolve) => {
  if (document.visibilityState === 'hidden') resolve();
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    resolve();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(resolve, 1000);
});
const parsed = new Promise<void>((resolve) => {
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  else resolve();
});

/** The app's chunks, and the messages of the page's language. */
function fetchAppChunks() {
  const chunks = document.querySelector<HTMLScriptElement>('script[data-app]')?.dataset.app;
  const messages = messagesHref(document.documentElement.lang);
  for (const href of [...(chunks?.split(' ') ?? []), messages]) {
    if (!href) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

void painted
  .then(() => {
    openStorage();
    // The worker first: over HTTP/1.1 a browser opens six connections to a host, and the app's
    // eight chunks would take them all.
    const workerStarted = startDatasetRead();
    fetchAppChunks();
    return Promise.all([workerStarted, parsed]);
  })
  .then(() => import('./start-app.tsx'))
  .then((app) => app.startApp());
