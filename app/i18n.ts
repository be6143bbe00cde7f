import type { i18n as I18n } from 'i18next';
import { LANGUAGES, type Lang } from './domain/languages.ts';
import { makeI18n } from './i18n-instance.ts';
import { messagesHref } from './lib/messages-href.ts';

type Messages = Record<string, unknown>;

// Each language's messages are a chunk of their own, found by path (a language added to the
// registry needs no line here): a page loads its own language only, and another when the reader
// switches to it (or points at it in the switcher). The entry preloads the page's language with
// the app's code (vite.config.ts, `data-locales`).
const files = import.meta.glob<Messages>('../locales/*/translation.json', { import: 'default' });
const loaded = new Map<Lang, Messages>();
const loading = new Map<Lang, Promise<void>>();

/** A language's messages did not arrive (offline, or a deploy replaced their chunk). */
export class MessagesLoadError extends Error {
  readonly lang: Lang;
  constructor(lang: Lang, cause: unknown) {
    super(`the ${lang} messages did not load`, { cause });
    this.name = 'MessagesLoadError';
    this.lang = lang;
  }
}

/**
 * The browser keeps a module that failed to load as failed: importing it again fails at once. So
 * a retry imports the chunk's address (listed on the entry's tag) with a query of its own.
 */
let retries = 0;
function retryImport(lang: Lang): (() => Promise<Messages>) | undefined {
  const href = messagesHref(lang);
  if (!href) return undefined;
  const url = `${href}?retry=${String(++retries)}`;
  return () =>
    import(/* @vite-ignore */ url).then((module: { default: Messages }) => module.default);
}
const failed = new Set<Lang>();

/** Loads a language's messages once; a failed load is tried again on the next call. */
export function loadMessages(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    const file =
      (failed.has(lang) ? retryImport(lang) : undefined) ??
      files[`../locales/${lang}/translation.json`];
    if (!file) return Promise.reject(new Error(`locales/${lang}/translation.json is missing`));
    pending = file().then(
      (messages) => {
        loaded.set(lang, messages);
        loading.delete(lang);
      },
      (error: unknown) => {
        loading.delete(lang);
        failed.add(lang);
        throw new MessagesLoadError(lang, error);
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** Every language's messages: for the build's page renderer and the tests. */
export function loadAllMessages(): Promise<void> {
  return Promise.all(LANGUAGES.map(loadMessages)).then(() => undefined);
}

export function hasMessages(lang: Lang): boolean {
  return loaded.has(lang);
}

/**
 * An i18next instance for one language, with its messages (loaded first: `loadMessages`), or with
 * `messages` in their place (the pseudo-locale test). Without them (never on a page: the route
 * loads them first) the keys show, not a blank page.
 */
export function createI18n(lang: Lang, messages?: Messages): I18n {
  return makeI18n(lang, messages ?? loaded.get(lang) ?? {});
}

const instances = new Map<Lang, I18n>();
/** The language the page is in (`<html lang>`, which the route sets), if its messages are in. */
function shownLang(): Lang | undefined {
  const lang = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  return [...loaded.keys()].find((code) => code === lang);
}

/**
 * One i18next instance per language, made when first wanted. The route picks the instance for
 * the URL's language (which it has loaded), so the language is derived from the URL and never
 * mirrored in mutable global state. Should `lang`'s messages have failed to load (an error page
 * after a failed switch), the language on screen stands in, else any that is loaded.
 */
export function i18nFor(lang: Lang): I18n {
  const usable = loaded.has(lang) ? lang : (shownLang() ?? [...loaded.keys()][0]);
  if (!usable) return createI18n(lang);
  let instance = instances.get(usable);
  if (!instance) {
    instance = createI18n(usable);
    instances.set(usable, instance);
  }
  return instance;
}
