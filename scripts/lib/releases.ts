/**
 * The dataset's earlier releases, kept in data/releases/ as `<id>-<version>.json` (the file as it
 * was published). Making a release: copy the published file there under its version, then edit
 * public/data/kz-eu.json and raise its `version`; the build compares the two.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dataset } from '../../app/domain/dataset.ts';
import type { parseDataset as ParseDataset } from '../../app/domain/dataset.ts';

const RELEASES_DIR = resolve(import.meta.dirname, '..', '..', 'data', 'releases');

const parts = (version: string) => version.split('.').map(Number);
function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The earlier releases of a dataset, oldest first; `parse` is the app's parser. */
export function earlierReleases(
  datasetId: string,
  parse: typeof ParseDataset,
  dir = RELEASES_DIR,
): { version: string; dataset: Dataset }[] {
  const pattern = new RegExp(`^${datasetId}-(\\d+\\.\\d+\\.\\d+)\\.json$`);
  return readdirSync(dir)
    .flatMap((name) => {
      const version = pattern.exec(name)?.[1];
      if (!version) return [];
      const result = parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (!result.ok) throw new Error(`${name} is unusable: ${result.reason}`);
      return [{ version, dataset: result.dataset }];
    })
    .sort((a, b) => compareVersions(a.version, b.version));
}
