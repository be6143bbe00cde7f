/** What `npm run bench` does on each page: the app's controls, and the raw page's API. */
import type { PageAction } from './in-page.ts';
import type { Kind } from './metrics.ts';

export interface Actions {
  url: string;
  filter: PageAction;
  unfilter: PageAction;
  searchPrefix: PageAction;
  keystroke: PageAction;
  clearSearch: PageAction;
  toRussian: PageAction;
  toEnglish: PageAction;
}

/** The filter the bench toggles in the app: one event type. */
export const APP_FILTER = '#type-high-level-visit';

export const ACTIONS: Record<Kind, Actions> = {
  app: {
    url: '/en',
    filter: { click: APP_FILTER },
    unfilter: { click: APP_FILTER },
    searchPrefix: { input: '#event-search', value: 'vis' },
    keystroke: { input: '#event-search', value: 'a', append: true },
    clearSearch: { input: '#event-search', value: '' },
    toRussian: { click: 'a[hreflang="ru"]' },
    toEnglish: { click: 'a[hreflang="en"]' },
  },
  raw: {
    url: '/bench/raw.html?lang=en&data=/data/kz-eu.json',
    filter: { call: 'filterType', arg: 'high-level-visit' },
    unfilter: { call: 'filterType', arg: undefined },
    searchPrefix: { call: 'search', arg: 'vis' },
    keystroke: { call: 'search', arg: 'visa' },
    clearSearch: { call: 'search', arg: '' },
    toRussian: { call: 'setLanguage', arg: 'ru' },
    toEnglish: { call: 'setLanguage', arg: 'en' },
  },
};

export const describe = (action: PageAction) =>
  'click' in action
    ? `click ${action.click}`
    : 'input' in action
      ? `${action.append ? 'type' : 'set'} ${JSON.stringify(action.value)} in ${action.input}`
      : `bench.${action.call}(${action.arg === undefined ? '' : JSON.stringify(action.arg)})`;
