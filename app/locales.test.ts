import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_REGISTRY, LANGUAGES } from './domain/languages.ts';
import { formatDate } from './domain/format-date.ts';
import { createI18n } from './i18n.ts';

const SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) =>
    flatten(value, prefix ? `${prefix}.${key}` : key),
  );
}

const files = readdirSync(new URL('../locales/en', import.meta.url));
const keys = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    files.flatMap((file) =>
      flatten(
        JSON.parse(readFileSync(new URL(`../locales/${lang}/${file}`, import.meta.url), 'utf8')),
      ).map((key) => `${file}:${key}`),
    ),
  ]),
) as Record<(typeof LANGUAGES)[number], string[]>;

describe('locales', () => {
  it('have the same files in every language', () => {
    for (const lang of LANGUAGES)
      expect(readdirSync(new URL(`../locales/${lang}`, import.meta.url)).sort()).toEqual(
        [...files].sort(),
      );
  });

  it('have the same keys in every language as in English (plural suffixes aside)', () => {
    const base = (list: string[]) =>
      [...new Set(list.map((key) => key.replace(SUFFIX, '')))].sort();
    for (const lang of LANGUAGES) expect(base(keys[lang])).toEqual(base(keys.en));
  });

  it('give every plural the forms its language needs, and no others', () => {
    for (const lang of LANGUAGES) {
      const plurals = new Map<string, string[]>();
      for (const key of keys[lang]) {
        const match = SUFFIX.exec(key);
        if (!match?.[1]) continue;
        const stem = key.replace(SUFFIX, '');
        plurals.set(stem, [...(plurals.get(stem) ?? []), match[1]]);
      }
      expect(plurals.size).toBeGreaterThan(0);
      for (const [stem, forms] of plurals)
        expect({ stem, forms: forms.sort() }).toEqual({
          stem,
          forms: [...LANGUAGE_REGISTRY[lang].plurals].sort(),
        });
    }
  });

  it("list each language's plural forms as CLDR has them", () => {
    for (const lang of LANGUAGES)
      expect([...LANGUAGE_REGISTRY[lang].plurals].sort()).toEqual(
        [
          ...new Intl.PluralRules(LANGUAGE_REGISTRY[lang].intl).resolvedOptions().pluralCategories,
        ].sort(),
      );
  });

  it('write Kazakh in Cyrillic and leave no English behind in kk and ru', () => {
    const en = JSON.parse(
      readFileSync(new URL('../locales/en/translation.json', import.meta.url), 'utf8'),
    ) as unknown;
    const enValues = new Map(flatten(en).map((key) => [key, key]));
    for (const lang of ['kk', 'ru'] as const) {
      const json = JSON.parse(
        readFileSync(new URL(`../locales/${lang}/translation.json`, import.meta.url), 'utf8'),
      ) as Record<string, unknown>;
      const values = (function collect(node: unknown): string[] {
        return typeof node === 'string' ? [node] : Object.values(node as object).flatMap(collect);
      })(json);
      for (const value of values) {
        const letters = value
          .replace(/\{\{[^}]+\}\}/g, '')
          .replace(
            /\b(JSON|PDF|CSV|ICS|ISO|Excel|Ctrl|Enter|Esc|EEAS|EU|JavaScript|Atom|iCalendar|CHANGELOG\.md)\b/g,
            '',
          );
        expect({ value, latin: /[A-Za-z]{3,}/.test(letters) }).toEqual({ value, latin: false });
      }
      expect(enValues.size).toBeGreaterThan(0);
    }
  });
});

describe('dates inside sentences', () => {
  // A Russian or Kazakh date ends with the year's abbreviation (`2026 г.`): no second full stop.
  it.each(LANGUAGES)(
    '%s: the citation line puts no full stop after a date that has one',
    (lang) => {
      const { t } = createI18n(lang);
      for (const day of ['2026-12-01', '2026-12', '2026']) {
        const line = t('cite.line', {
          title: 'T',
          version: '1.1.0',
          date: formatDate(day, lang),
          url: 'https://example.org/',
        });
        expect(line).not.toMatch(/\.\./);
      }
    },
  );
});
