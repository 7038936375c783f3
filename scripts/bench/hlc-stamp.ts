import { formatHlc, nextHlc, type HlcState } from '../../shared/sync/hlc';

/** HLC strings of the same shape the mutation runner stamps on events, for the floor's event rows. */
export function createHlcStamp(node = 'benchflr'): () => string {
  let state: HlcState = { ms: 0, counter: 0 };
  return () => {
    state = nextHlc(state, Date.now());
    return formatHlc(state, node);
  };
}
