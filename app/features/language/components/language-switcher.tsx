import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isLang, LANGUAGE_REGISTRY, LANGUAGES, type Lang } from '../../../domain/languages.ts';
import type { PageRef } from '../../../domain/page-meta.ts';
import { loadMessages } from '../../../i18n.ts';
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
  // The language a switch is waiting for (its texts still on their way): marked busy meanwhile.
  const opening = useRouterState({
    select: (state) => {
      // The router's location is the one being opened, without the base path.
      const next = state.isLoading ? state.location.pathname.split('/')[1] : undefined;
      return next !== lang && isLang(next) ? next : undefined;
    },
  });
  return (
    <nav aria-label={t('app.languageSwitcher')}>
      <ul className="flex gap-0.5 rounded-lg bg-slate-900/40 p-0.5 sm:gap-1 sm:p-1">
        {LANGUAGES.map((code) => {
          const current = code === lang;
          const busy = code === opening;
          const prefetch = () => void loadMessages(code).catch(() => undefined);
          const className = cn(
            'block rounded-md px-2 py-1 text-sm font-medium focus-ring sm:px-2.5',
            current ? 'bg-white text-slate-900' : 'text-white hover:bg-white/15',
            busy && 'bg-white/15 motion-safe:animate-pulse',
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
                aria-busy={busy || undefined}
                className={className}
                // Its messages are a chunk of their own (app/i18n.ts): fetched on intent, so the
                // switch itself seldom waits for them. A failure here is retried by the switch.
                onPointerEnter={prefetch}
                onFocus={prefetch}
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
