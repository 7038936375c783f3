import { spawn, type ChildProcess } from 'node:child_process';

/**
 * `npm run server` without npm in between: the current Node with tsx as a loader, in ONE process. (tsx's CLI runs
 * a child and relays signals to it; under load a SIGTERM could end that child before its own handler ran, so a
 * graceful-shutdown test would see exit code null instead of 0.)
 */
const NODE_ARGS = ['--import', 'tsx', 'server/main.ts'];

export type RunningServer = {
  child: ChildProcess;
  /** The base URL once the server logs that it listens; rejects if it exits first. */
  url: Promise<string>;
  exit: Promise<number | null>;
  output: () => string;
};

/** `server/main.ts` with these arguments as a real process (DATABASE_URL cleared unless `env` sets it). */
export function startServer(args: string[], env: Record<string, string> = {}): RunningServer {
  // BENCH_SERVER_NODE_ARGS: Node flags for the server process, e.g. `--cpu-prof --cpu-prof-dir=DIR` to profile it
  // under a bench (docs/sync.md, benchmarks, sixth pass); unset in tests.
  const nodeFlags = process.env['BENCH_SERVER_NODE_ARGS']?.split(' ').filter((f) => f !== '') ?? [];
  const child = spawn(process.execPath, [...nodeFlags, ...NODE_ARGS, ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', () => reject(new Error(`server exited before listening:\n${out}`)));
  });
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  url.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, url, exit, output: () => out };
}
