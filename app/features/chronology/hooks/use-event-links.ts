import { useNavigate, useRouter, useRouterState } from '@tanstack/react-router';
import { useMemo, type MouseEvent } from 'react';
import type { Lang } from '../../../domain/languages.ts';
import { isPlainClick } from '../../../lib/plain-click.ts';

/** Links to the list's events, each keeping the filters, built once per language and search. */
export interface EventLinks {
  href: (id: string) => string;
  /** On a plain click, opens the event in the app instead of loading the page. */
  follow: (event: MouseEvent<HTMLAnchorElement>, id: string) => void;
}

/** Stands for the event's id in the one address the router builds. */
const HOLE = 'bt-event-id-hole';

/**
 * The list's entries are plain links built from one address the router builds, not a router
 * `<Link>` each: every `<Link>` builds its own address again whenever the location changes,
 * 0.2 ms each, 20 ms of a language switch's render with the shipped dataset's 91 entries (and a
 * page of 250 at 10,000 events). Preloading is off (router.tsx), so nothing else is lost.
 */
export function useEventLinks(lang: Lang): EventLinks {
  const router = useRouter();
  const navigate = useNavigate();
  const searchStr = useRouterState({ select: (state) => state.location.searchStr });
  return useMemo(() => {
    const next = router.buildLocation({
      to: '/$lang/events/$eventId',
      params: { lang, eventId: HOLE },
      search: true,
    });
    // As the router's <Link> writes it: with the base path, through the history.
    const template = router.history.createHref(next.publicHref);
    return {
      href: (id) => template.replace(HOLE, encodeURIComponent(id)),
      follow: (event, id) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        void navigate({
          to: '/$lang/events/$eventId',
          params: { lang, eventId: id },
          search: true,
        });
      },
    };
    // The address is built from the location's search: build it again when that changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [router, navigate, lang, searchStr]);
}
