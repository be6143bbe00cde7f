import { useState } from 'react';

/**
 * An editable copy of a value owned elsewhere (the URL): what the user is typing stays put while
 * the owner catches up, and the copy follows the owner whenever the owner changes on its own
 * (Back, a link, Clear all). Adjusts during render, as react.dev recommends over an effect.
 */
export function useDraft(value: string): [string, (next: string) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== draft) setDraft(value);
  }
  return [draft, setDraft];
}
