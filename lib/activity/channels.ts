/** Postgres NOTIFY channels the activity tracker uses across instances. */

/** A flush wrote heartbeats: live views should refresh. */
export const ACTIVITY_CHANGED = "portico_activity";
/**
 * Payload: a contact id whose cached identity must be dropped (a consent
 * change; ended sessions use `CONTACT_SESSIONS_ENDED` in lib/auth).
 */
export const ACTIVITY_INVALIDATE = "portico_activity_invalidate";
