import { useState } from 'react';

/** What the URL will hold for a typed text: blank text is no query at all. */
export const urlQuery = (text: string): string => (text.trim() === '' ? '' : text);

/**
 * The search box's text, mirrored into the URL. The box is the source of truth while it is in
 * use: the URL catches up a moment after each keystroke, so a URL value this box wrote itself is
 * acknowledged and skipped, and only a change from elsewhere (a link, back and forward) replaces
 * the text. Adjusting state during render, as React documents, rather than in an effect.
 */
export function useQueryText(
  urlValue: string,
  write: (query: string) => void,
): readonly [text: string, setText: (text: string) => void] {
  const [text, setTextState] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  const [pending, setPending] = useState<readonly string[]>([]);
  if (urlValue !== seen) {
    setSeen(urlValue);
    const mine = pending.indexOf(urlValue);
    if (mine >= 0) {
      setPending(pending.slice(mine + 1));
    } else {
      setTextState(urlValue);
      setPending([]);
    }
  }
  const setText = (next: string) => {
    setTextState(next);
    const query = urlQuery(next);
    if (query === urlQuery(text)) return;
    setPending((queued) => [...queued, query]);
    write(query);
  };
  return [text, setText];
}
