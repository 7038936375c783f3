/**
 * The server's change notices (`GET /sync/events`, server-sent events): each `change` event pokes the sync loop,
 * so a change made on another desktop shows here within seconds instead of at the next interval. The stream is
 * only a shortcut — the loop's own timer still pulls — so any failure simply reconnects after a pause. A
 * reconnect that succeeds after a failure also counts as a change: the server is back, and the loop, which may be
 * waiting out a long backoff, should push what piled up meanwhile now.
 */
export type ChangeStream = { stop(): void };

export function openChangeStream(o: {
  url: string;
  token: () => string | null;
  onChange: () => void;
  fetch?: typeof fetch;
  retryMs?: number;
}): ChangeStream {
  const doFetch = o.fetch ?? fetch;
  let stopped = false;
  let controller: AbortController | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let failed = false;

  async function connect(): Promise<void> {
    const token = o.token();
    if (stopped || token === null) return;
    controller = new AbortController();
    try {
      const res = await doFetch(`${o.url}/sync/events`, {
        headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
        signal: controller.signal,
      });
      if (!res.ok || res.body === null) throw new Error(`HTTP ${res.status}`);
      if (failed) o.onChange();
      failed = false;
      const reader: ReadableStreamDefaultReader<Uint8Array> = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const chunk: { done: boolean; value?: Uint8Array | undefined } = await reader.read();
        if (chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: change$/m.test(event)) o.onChange();
        }
      }
    } catch {
      // Reconnect below; the interval pull covers the gap.
    }
    // Also a stream the server closed (it is shutting down) ends here: the next connect that works is a return.
    failed = true;
    if (!stopped) retry = setTimeout(() => void connect(), o.retryMs ?? 5_000);
  }

  void connect();
  return {
    stop() {
      stopped = true;
      controller?.abort();
      if (retry !== null) clearTimeout(retry);
    },
  };
}
