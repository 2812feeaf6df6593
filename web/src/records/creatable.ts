import type { TheatreView } from '../app/theatre.tsx'

/**
 * Who may create each kind of record: the API decides in the end; this keeps the "New" tab's choices to what the member
 * can do. Apart from the forms, so that the sidebar can tell whether to show the tab before the forms' code has loaded.
 */
export const CREATE_RULES = {
  site: (t: TheatreView) => t.isCoordinator || !!t.memberOf('organisation', true),
  movement: (t: TheatreView) => t.isCoordinator || !!t.memberOf('organisation', true),
  activity: (t: TheatreView) => t.isCoordinator || !!t.memberOf('party', true),
  zone: (t: TheatreView) => t.isCoordinator,
  control_area: (t: TheatreView) => t.isCoordinator,
}
export type CreatableKind = keyof typeof CREATE_RULES

/** Whether the member may create anything at all (the tab is shown only then). */
export const canCreate = (t: TheatreView) => Object.values(CREATE_RULES).some((allowed) => allowed(t))
