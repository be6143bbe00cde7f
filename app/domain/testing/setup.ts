import { loadAllMessages } from '../../i18n.ts';
import { loadSearchEngine } from '../search.ts';

await Promise.all([loadSearchEngine(), loadAllMessages()]);
