import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_REGISTRY, LANGUAGES, type Lang } from '../../../domain/languages.ts';
import type { PageRef } from '../../../domain/page-meta.ts';
import { cn } from '../../../lib/cn.ts';

/** The same page in another language. */
function samePage(page: PageRef | undefined, lang: Lang) {
  if (page?.kind === 'release')
    return { to: '/$lang/releases/$version', params: { lang, version: page.id } } as const;
  if (page?.kind === 'track')
    return { to: '/$lang/tracks/$trackId', params: { lang, trackId: page.id } } as const;
  if (page?.kind === 'story' && page.step !== undefined && page.step > 1)
    return {
      to: '/$lang/stories/$storyId/$step',
      params: { lang, storyId: page.id, step: String(page.step) },
    } as const;
  if (page?.kind === 'story')
    return { to: '/$lang/stories/$storyId', params: { lang, storyId: page.id } } as const;
  if (page?.kind === 'event')
    return { to: '/$lang/events/$eventId', params: { lang, eventId: page.id } } as const;
  return { to: '/$lang', params: { lang } } as const;
}

/** Each language named in itself; switching keeps the page (an open event, a track) and every query parameter. */
export function LanguageSwitcher({ lang, page }: { lang: Lang; page: PageRef | undefined }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('app.languageSwitcher')}>
      <ul className="flex gap-0.5 rounded-lg bg-slate-900/40 p-0.5 sm:gap-1 sm:p-1">
        {LANGUAGES.map((code) => {
          const current = code === lang;
          const className = cn(
            'block rounded-md px-2 py-1 text-sm font-medium focus-ring sm:px-2.5',
            current ? 'bg-white text-slate-900' : 'text-white hover:bg-white/15',
          );
          return (
            <li key={code}>
              {/* The same page in another language: the open event and every parameter stay. */}
              <Link
                {...samePage(page, code)}
                search
                lang={code}
                hrefLang={code}
                aria-current={current ? 'page' : undefined}
                className={className}
              >
                <span aria-hidden="true" className="sm:hidden">
                  {LANGUAGE_REGISTRY[code].short}
                </span>
                <span className="max-sm:sr-only">{LANGUAGE_REGISTRY[code].autonym}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
