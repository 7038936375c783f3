import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import type { Out } from '../../../shared/contracts/ipc';
import type { BatchItem } from './batch-plan';

export type BatchStatus = Out<'documents:batchStatus'>;
const POLL_MS = 500;

/**
 * A batch job in main: start it, poll its status every 500 ms while it runs, cancel it. Leaving the page only
 * stops the polling; the job itself finishes in main and its files stay in the folder.
 */
export function useBatchJob() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<BatchStatus | null>(null);
  const [starting, setStarting] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const alive = useRef(true);

  const poll = useCallback(
    (jobId: string) => {
      timer.current = window.setTimeout(() => {
        void call('documents:batchStatus', { jobId }).then((r) => {
          if (!alive.current) return;
          if (!r.ok) {
            void message.error(errorText(r.error));
            return;
          }
          setStatus(r.value);
          if (r.value.state === 'running') poll(jobId);
        });
      }, POLL_MS);
    },
    [message],
  );

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      window.clearTimeout(timer.current);
    };
  }, []);

  const start = async (items: BatchItem[]) => {
    if (items.length === 0 || starting) return;
    window.clearTimeout(timer.current);
    setStarting(true);
    const r = await call('documents:batchStart', { items });
    setStarting(false);
    if (!r.ok) {
      void message.error(errorText(r.error));
      return;
    }
    setStatus(r.value);
    if (r.value.state === 'running') poll(r.value.jobId);
  };

  const cancel = async () => {
    if (status === null) return;
    const r = await call('documents:batchCancel', { jobId: status.jobId });
    if (!r.ok) void message.error(errorText(r.error));
    // The job stops before its next document; polling reports the final state.
  };

  return { status, starting, running: starting || status?.state === 'running', start, cancel };
}
