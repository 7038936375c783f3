import { COMPACT_ID_RE } from '../util/compact-id';

/**
 * Hybrid logical clock (sync §2.14): stamps mutations for causal display only. It never decides a winner and
 * never throws on clock drift. Format sorts lexically: 15-digit ms, 4-hex counter, node id.
 */
export type HlcState = { ms: number; counter: number };

export function nextHlc(prev: HlcState, nowMs: number): HlcState {
  if (nowMs > prev.ms) return { ms: nowMs, counter: 0 };
  return { ms: prev.ms, counter: prev.counter + 1 };
}

export function formatHlc(s: HlcState, node: string): string {
  return `${String(s.ms).padStart(15, '0')}-${s.counter.toString(16).padStart(4, '0')}-${node}`;
}

/**
 * The node part of a device's stamps: 8 characters of its client id that differ between devices. A UUIDv7 client
 * id (made before schema 19) keeps the prefix it always used; a compact id's first 8 characters are its
 * millisecond, so its random half is used instead.
 */
export function hlcNode(clientId: string): string {
  return COMPACT_ID_RE.test(clientId) ? clientId.slice(8) : clientId.slice(0, 8);
}

export function parseHlc(text: string): HlcState | null {
  const m = /^(\d{15})-([0-9a-f]{4,})-/.exec(text);
  if (!m?.[1] || !m[2]) return null;
  return { ms: Number(m[1]), counter: parseInt(m[2], 16) };
}
