import type { Api } from '../../shared/contracts/api';

/**
 * `window.api` as exposed by electron/preload/index.ts. Optional because the renderer also runs in a plain
 * browser against the HTTP browser host, where it is absent and renderer/api picks the HTTP transport.
 */
declare global {
  interface Window {
    api?: Api;
  }
}

export {};
