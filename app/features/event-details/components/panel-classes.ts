/**
 * The event panel's frame and close button, shared by the app's panel (event-panel.tsx,
 * event-details.tsx) and the page built for an event (routes/static-page.tsx), so the app takes
 * over an event page without moving it.
 */

/** A card beside the timeline; a full-screen sheet on phones (closed by its × or Back). */
export const EVENT_PANEL_CLASS =
  'max-md:fixed max-md:inset-0 max-md:z-40 max-md:overflow-y-auto max-md:rounded-none max-md:border-0 rounded-lg border border-slate-200 bg-white';

export const CLOSE_EVENT_CLASS =
  '-mt-1 -mr-1 inline-flex size-9 shrink-0 items-center justify-center rounded-md text-2xl leading-none text-slate-700 focus-ring hover:bg-slate-200';
