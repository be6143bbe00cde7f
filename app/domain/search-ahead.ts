/**
 * From how many events the index is built ahead, with the dataset (in the dataset worker where
 * the file was read there), rather than when search is first wanted (the search box focused or
 * pointed at). Indexing takes about a millisecond an event (the shipped 91: 70–100 ms, a tenth of
 * the page's start-up work, spent on every visit while most never search); below this, a search
 * typed at once after focusing finishes the index in a quarter of a second at most, and a large
 * file's index, seconds of work, is ready by the time anyone types.
 */
export const INDEX_AHEAD_FROM = 250;
