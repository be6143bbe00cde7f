/**
 * The event panel's frame, shared by the app's panel (event-panel.tsx) and the page built for an
 * event (routes/static-page.tsx), so the app takes over an event page without moving it: a card
 * beside the timeline; a full-screen sheet on phones (closed by its × or Back).
 */
export const EVENT_PANEL_CLASS =
  'max-md:fixed max-md:inset-0 max-md:z-40 max-md:overflow-y-auto max-md:rounded-none max-md:border-0 rounded-lg border border-slate-200 bg-white';
