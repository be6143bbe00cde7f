import type { ReactNode } from 'react';

/** An id from the address, cut short for a message: a hostile link can be thousands of characters. */
export const clipId = (id: string, max = 80) => (id.length > max ? `${id.slice(0, max)}…` : id);

/**
 * Something the address names is not there (an event, a track, a story, a release) or could not
 * load: a heading, what happened in words, and the way on (`children`, a link). Announced as an
 * alert.
 */
export function NotFound({
  title,
  body,
  children,
}: {
  title: string;
  body: string;
  children?: ReactNode;
}) {
  return (
    <div role="alert" className="flex flex-col gap-3 p-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="break-words text-slate-700">{body}</p>
      {children}
    </div>
  );
}
