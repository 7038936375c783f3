/**
 * The form of the ids made before schema 19: lower-case UUIDs (the app made UUIDv7s; the server's first
 * administrator and tests' fixed ids may be other versions). Such ids stay valid wherever they are stored; new
 * records get compact ids (compact-id.ts).
 */
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
