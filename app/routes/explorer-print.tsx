import type { Dataset } from '../domain/dataset.ts';
import type { Story, TimelineEvent } from '../domain/dataset-schema.ts';
import type { Lang } from '../domain/languages.ts';
import type { Filters } from '../domain/view-state.ts';
import { PrintChronology } from '../features/chronology/components/print-chronology.tsx';
import { useFilterChips } from '../features/filters/hooks/use-filter-chips.ts';
import { PrintStory } from '../features/stories/components/print-story.tsx';

/**
 * What the explorer prints (shown only in print): the story, or the events shown with the
 * filters that chose them.
 */
export function ExplorerPrint({
  dataset,
  filters,
  events,
  lang,
  story,
}: {
  dataset: Dataset;
  filters: Filters;
  events: readonly TimelineEvent[];
  lang: Lang;
  story: Story | undefined;
}) {
  const filterText = useFilterChips(dataset, filters, lang)
    .map((chip) => chip.label)
    .join('; ');
  return story ? (
    <PrintStory dataset={dataset} story={story} lang={lang} />
  ) : (
    <PrintChronology dataset={dataset} events={events} lang={lang} filters={filterText} />
  );
}
