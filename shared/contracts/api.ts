import type { Channel } from './channels';
import type { Result } from '../result';

/** What the preload exposes as `window.api` and what the browser bridge implements over HTTP. */
export type Api = {
  invoke: (channel: Channel, input: unknown) => Promise<Result<unknown>>;
};
