import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { isLang, LANGUAGE_REGISTRY, LANGUAGES, type Lang } from '../../../domain/languages.ts';
import type { PageRef } from '../../../domain/page-meta.ts';
import { hasMessages, loadMessages } from '../../../i18n.ts';
import { cn } from '../../../lib/cn.ts';
import { isPlainClick } from '../../../lib/plain-click.ts';

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

/**
 * A switch to a language whose texts are not in yet: they are fetched first, on this page, and
 * the page is opened in that language once they are in. Should they not arrive, the reader keeps
 * the page as it is (same language, same address) with a notice and a way to try again, instead
 * of an error page. The last language asked for wins.
 */
function useSwitchFirst(lang: Lang, page: PageRef | undefined) {
  const navigate = useNavigate();
  const [state, setAsked] = useState<{ from: Lang; lang: Lang; failed: boolean }>();
  const latest = useRef({ lang, page, asked: 0 });
  useEffect(() => {
    latest.current.lang = lang;
    latest.current.page = page;
  });
  // A switch asked for on another language's page (Back, a link opened meanwhile) is over.
  const asked = state?.from === lang ? state : undefined;
  const open = (code: Lang) => {
    const ask = ++latest.current.asked;
    const current = () => ask === latest.current.asked && latest.current.lang === lang;
    setAsked({ from: lang, lang: code, failed: false });
    loadMessages(code).then(
      () => {
        if (!current()) return;
        setAsked(undefined);
        void navigate({ ...samePage(latest.current.page, code), search: true });
      },
      () => current() && setAsked({ from: lang, lang: code, failed: true }),
    );
  };
  const dismiss = () => {
    latest.current.asked++;
    setAsked(undefined);
  };
  return { asked, open, dismiss };
}

/** Each language named in itself; switching keeps the page (an open event, a track) and every query parameter. */
export function LanguageSwitcher({ lang, page }: { lang: Lang; page: PageRef | undefined }) {
  const { t } = useTranslation();
  const { asked, open, dismiss } = useSwitchFirst(lang, page);
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
          const busy = code === opening || (asked?.lang === code && !asked.failed);
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
                onClick={(click) => {
                  if (current || hasMessages(code) || !isPlainClick(click)) return;
                  click.preventDefault();
                  open(code);
                }}
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
      {asked?.failed && (
        <div
          role="alert"
          className="fixed inset-x-2 top-14 z-40 rounded-lg border border-red-300 bg-white p-3 text-sm text-slate-900 shadow-lg sm:right-4 sm:left-auto sm:w-96 md:top-16"
        >
          <p className="font-semibold">
            {t('error.languageSwitch', { language: LANGUAGE_REGISTRY[asked.lang].autonym })}
          </p>
          <p className="mt-1 text-slate-700">{t('error.languageBody')}</p>
          <div className="mt-2 flex justify-end gap-2">
            <Button variant="ghost" onClick={dismiss}>
              {t('notice.dismiss')}
            </Button>
            <Button variant="primary" onClick={() => open(asked.lang)}>
              {t('error.retry')}
            </Button>
          </div>
        </div>
      )}
    </nav>
  );
}
