/**
 * The address of a language's messages chunk (app/i18n.ts), from the entry's script tag:
 * `data-locales` holds `lang=file` pairs, written by the build (vite.config.ts). Undefined where
 * there is no such tag (the dev server, tests).
 */
export function messagesHref(lang: string): string | undefined {
  return document
    .querySelector<HTMLScriptElement>('script[data-locales]')
    ?.dataset.locales?.split(' ')
    .find((pair) => pair.startsWith(`${lang}=`))
    ?.slice(lang.length + 1);
}
