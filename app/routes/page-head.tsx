import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset.ts';
import { DEFAULT_LANG, LANGUAGE_REGISTRY, LANGUAGES, type Lang } from '../domain/languages.ts';
import { localize } from '../domain/localize.ts';
import { formatDate } from '../domain/format-date.ts';
import {
  feedPaths,
  metaDescription,
  pagePath,
  pageTitle,
  type PageRef,
} from '../domain/page-meta.ts';
import { targetRef, type StaticTarget } from './static-target.ts';

/**
 * `hreflang` links to the page in every language. x-default: for a home, the site root (which
 * picks the reader's language); an event has no language-neutral page, so the default language's.
 */
export function Alternates({ root, page }: { root: string; page: PageRef | undefined }) {
  const url = (code: Lang) => new URL(pagePath(code, page), root).href;
  return (
    <>
      {LANGUAGES.map((code) => (
        <link key={code} rel="alternate" hrefLang={code} href={url(code)} />
      ))}
      <link
        rel="alternate"
        hrefLang="x-default"
        href={page === undefined ? root : url(DEFAULT_LANG)}
      />
    </>
  );
}

/**
 * The `<head>` tags of a built page: localized title and description, canonical URL, hreflang
 * alternates, Open Graph and Twitter card. `root` is the absolute URL of the site's base, with a
 * trailing slash (SITE_URL + BASE_PATH).
 */
export function PageHead({
  dataset,
  lang,
  target,
  root,
}: {
  dataset: Dataset;
  lang: Lang;
  target: StaticTarget;
  root: string;
}) {
  const { t } = useTranslation();
  const datasetTitle = localize(dataset.title, lang).text;
  const [heading, about] =
    target.kind === 'event'
      ? [localize(target.event.title, lang).text, target.event.summary]
      : target.kind === 'track'
        ? [localize(target.track.name, lang).text, target.track.description]
        : target.kind === 'story'
          ? [localize(target.story.title, lang).text, target.story.summary]
          : target.kind === 'release'
            ? [`${t('release.heading')} ${target.version}`, undefined]
            : [undefined, undefined];
  const title = pageTitle([heading, datasetTitle, t('app.name')]);
  const description = metaDescription(
    target.kind === 'release'
      ? t('release.version', { version: target.version, date: formatDate(dataset.updated, lang) })
      : localize(about ?? dataset.description, lang).text,
  );
  const page = targetRef(target);
  const feeds = feedPaths(lang);
  const url = (code: Lang) => new URL(pagePath(code, page), root).href;
  const image = new URL(`og/${lang}.png`, root).href;
  const imageAlt = pageTitle([datasetTitle, t('app.name')]);
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={url(lang)} />
      <Alternates root={root} page={page} />
      <link
        rel="alternate"
        type="application/atom+xml"
        title={t('feeds.atom')}
        href={new URL(feeds.atom, root).href}
      />
      <link
        rel="alternate"
        type="text/calendar"
        title={t('feeds.calendar')}
        href={new URL(feeds.calendar, root).href}
      />
      <meta property="og:type" content={target.kind === 'event' ? 'article' : 'website'} />
      <meta property="og:site_name" content={t('app.name')} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url(lang)} />
      <meta property="og:locale" content={LANGUAGE_REGISTRY[lang].ogLocale} />
      {LANGUAGES.filter((code) => code !== lang).map((code) => (
        <meta
          key={code}
          property="og:locale:alternate"
          content={LANGUAGE_REGISTRY[code].ogLocale}
        />
      ))}
      <meta property="og:image" content={image} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content="1200" />
      <meta property="og:image:height" content="630" />
      <meta property="og:image:alt" content={imageAlt} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={image} />
      <meta name="twitter:image:alt" content={imageAlt} />
      {/* Without JavaScript the explorer never comes: drop the placeholders kept for it. */}
      <noscript>
        <style>{'[data-placeholder]{display:none}'}</style>
      </noscript>
    </>
  );
}
