const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A language's name in the reader's language (`it` → "Italian"): the locale's own name when it
 * has one (`known`; Chromium's Intl has no Kazakh names), else Intl's, else the code itself.
 */
export function languageName(code: string, lang: string, known?: string): string {
  if (known) return known;
  try {
    let names = displayNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([lang], { type: 'language' });
      displayNames.set(lang, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
