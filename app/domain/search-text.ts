/**
 * How search sees text: words split out of a text, and each word folded to a case-, accent- and
 * script-insensitive form. The index, the query and the highlighting all go through these, so
 * that what matches is also what gets marked.
 */

/** Kazakh letters folded to their nearest Russian ones, so `казакстан` finds `Қазақстан`. */
const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

/**
 * Case-, accent- and punctuation-insensitive form of a word: lower case, no diacritics (which
 * also makes `ё` an `е` and `é` an `e`), Kazakh-specific letters as Russian ones, and only
 * letters and digits kept.
 */
export function fold(text: string): string {
  // Indexing folds every word of every event; the distinct words are far fewer, so remember them
  // (10,000 events: 800 ms of folding became ~60 ms).
  const known = folded.get(text);
  if (known !== undefined) return known;
  if (folded.size > 100_000) folded.clear();
  const result = foldUncached(text);
  folded.set(text, result);
  return result;
}
const folded = new Map<string, string>();

function foldUncached(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[әғқңөұүһі]/g, (letter) => KAZAKH_TO_RUSSIAN[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words of a text, split on anything that is not a letter or a digit. */
export function tokenize(text: string): string[] {
  return (text.match(WORD) ?? []).flatMap((word) => word.split(/['’.-]/));
}
