/** Postgres NOTIFY channels the activity tracker uses across instances. */

/** A flush wrote heartbeats: live views should refresh. */
export const ACTIVITY_CHANGED = "portico_activity";
/** Payload: a contact id whose cached identity must be dropped (sign-out, consent change). */
export const ACTIVITY_INVALIDATE = "portico_activity_invalidate";
