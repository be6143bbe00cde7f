import { loadSearchEngine } from '../search.ts';

await loadSearchEngine();
