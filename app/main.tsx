/**
 * The entry: starts the dataset worker, which asks for the file (dataset-worker-client.ts), and
 * only then runs the app's code (start-app.tsx, preloaded with this script by index.html). A
 * worker is started by the page's main thread: started in the same task as the app's code (a
 * third of a second of module evaluation), it began reading only after that task, and the file
 * came in that much later. This script is `async` (vite.config.ts), so it runs as soon as it is
 * in; the app waits for the page to be parsed as well.
 */
import { datasetWorkerStarted } from './domain/dataset-worker-client.ts';
import './styles.css';

const parsed = new Promise<void>((resolve) => {
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  else resolve();
});

void Promise.all([datasetWorkerStarted(), parsed]).then(() => import('./start-app.tsx'));
