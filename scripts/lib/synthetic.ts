/**
 * A deterministic synthetic dataset of any size, valid against the schema, in all three languages,
 * with realistic text lengths, points and ranges: for scale tests and benchmarks. `words` shortens
 * the texts: 100,000 events with realistic ones would be ~170 MB, over the app's 64 MB limit.
 */
import { EVENT_TYPES } from '../../app/domain/dataset-schema.ts';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = {
  en: [
    'council',
    'agreement',
    'dialogue',
    'visit',
    'partnership',
    'energy',
    'transport',
    'trade',
    'visa',
    'summit',
    'ministers',
    'cooperation',
  ],
  ru: [
    'совет',
    'соглашение',
    'диалог',
    'визит',
    'партнёрство',
    'энергетика',
    'транспорт',
    'торговля',
    'визы',
    'саммит',
    'министры',
    'сотрудничество',
  ],
  kk: [
    'кеңес',
    'келісім',
    'диалог',
    'сапар',
    'серіктестік',
    'энергетика',
    'көлік',
    'сауда',
    'визалар',
    'саммит',
    'министрлер',
    'ынтымақтастық',
  ],
} as const;

export function syntheticDataset(
  base: { parties: unknown; tracks: { id: string }[] } & Record<string, unknown>,
  count: number,
  seed = 42,
  words: { title: number; summary: number } = { title: 6, summary: 30 },
) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentence = (lang: keyof typeof WORDS, words: number) =>
    Array.from({ length: words }, () => pick(WORDS[lang])).join(' ');
  const text = (words: number) => ({
    kk: sentence('kk', words),
    en: sentence('en', words),
    ru: sentence('ru', words),
  });
  const events = Array.from({ length: count }, (_, index) => {
    const start = Date.UTC(1993, 0, 1) + Math.floor(next() * 33 * 365) * 86_400_000;
    const date = new Date(start).toISOString().slice(0, 10);
    const long = next() < 0.1;
    const end = long
      ? new Date(start + (31 + Math.floor(next() * 200)) * 86_400_000).toISOString().slice(0, 10)
      : undefined;
    return {
      id: `synthetic-${index}`,
      date,
      ...(end ? { end } : {}),
      type: pick(EVENT_TYPES),
      status: 'held',
      parties: ['kz', pick(['eu', 'eu-commission', 'eu-eeas', 'eu-council', 'uz'])],
      track: pick(base.tracks).id,
      title: text(words.title),
      summary: text(words.summary),
      sources: [{ url: `https://example.org/source/${index}`, publisher: 'Example', lang: 'en' }],
    };
  });
  return { ...base, id: `synthetic-${count}`, events };
}
