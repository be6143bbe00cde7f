/**
 * The beginning of a dataset file as a small dataset of its own, so that a large file's first
 * events can be drawn while the rest of it arrives (dataset.worker.ts). Given the text read so
 * far, returns a complete JSON document: the top-level members before `events` (title, parties,
 * tracks, periods, documents in the published files), then the events that are complete, the
 * array and the object closed after the last of them. Returns undefined when the text has no
 * complete event yet, or when `events` is not (yet) reached: a file that puts other members after
 * its events still reads, only without the early paint. With `maxEvents`, stops after that many
 * events (the scan ends there too). Members after `events` (stories) are not in the prefix; the
 * whole file is read and checked again once it is in.
 *
 * A character scan that only tracks strings and nesting (a JSON tokenizer would be more than this
 * needs: the prefix goes through `JSON.parse` and the validator like the whole file does).
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

export function datasetPrefix(text: string, maxEvents = Infinity): string | undefined {
  let depth = 0;
  let events = 0;
  let inString = false;
  let escaped = false;
  // A top-level member's name: where it starts, while it is being read, and the last one read.
  let expectKey = false;
  let keyStart = -1;
  let key = '';
  let inEvents = false;
  let lastEventEnd = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (escaped) escaped = false;
      else if (code === BACKSLASH) escaped = true;
      else if (code === QUOTE) {
        inString = false;
        if (keyStart >= 0) {
          key = text.slice(keyStart, index);
          keyStart = -1;
        }
      }
      continue;
    }
    switch (code) {
      case QUOTE:
        inString = true;
        if (depth === 1 && expectKey) {
          keyStart = index + 1;
          expectKey = false;
        }
        break;
      case OPEN_OBJECT:
        depth++;
        if (depth === 1) expectKey = true;
        break;
      case OPEN_ARRAY:
        depth++;
        if (depth === 2 && key === 'events') inEvents = true;
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        depth--;
        if (inEvents && depth === 2 && code === CLOSE_OBJECT) {
          lastEventEnd = index + 1;
          if (++events >= maxEvents) return `${text.slice(0, lastEventEnd)}]}`;
        }
        // All the events are in: the members before them and the array, closed.
        if (inEvents && depth === 1) return `${text.slice(0, index + 1)}}`;
        break;
      case COMMA:
        if (depth === 1) expectKey = true;
        break;
    }
  }
  return inEvents && lastEventEnd >= 0 ? `${text.slice(0, lastEventEnd)}]}` : undefined;
}
