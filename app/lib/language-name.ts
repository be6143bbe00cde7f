const displayNames = new Map<string, Intl.DisplayNames>();
/** A language's name in the reader's language (`it` → "Italian"), or the code itself. */
export function languageName(code: string, lang: string): string {
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

