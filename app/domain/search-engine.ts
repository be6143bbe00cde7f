/** MiniSearch, as a chunk named for what it is (search.ts loads it when search is wanted). */
export { default } from 'minisearch';
