import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The central server as an operator runs it (`npm run server`): a real process (Node with the tsx loader) on PGlite in a temp
 * data directory, bootstrapped with `create-admin`, on one loopback port kept across restarts so the desktops'
 * enrolment (the server address) stays valid. `stop` sends SIGTERM and waits for the graceful exit.
 */
// tsx as a loader in the one process, not its CLI: the CLI relays SIGTERM to a child and SIGKILLs it when the
// child does not confirm within 30 ms — on a loaded machine that turned a graceful stop into exit 143.
const NODE_ARGS = ['--import', 'tsx', 'server/main.ts'];

export type SyncServer = {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  output(): string;
  dispose(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a !== null ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function run(args: readonly string[], onOutput: (s: string) => void): ChildProcess {
  const child = spawn(process.execPath, [...NODE_ARGS, ...args], {
    cwd: process.cwd(),
    // PGlite, whatever the developer's shell says; quiet logs (warnings and errors still reach output()).
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (b: Buffer) => onOutput(b.toString()));
  child.stderr?.on('data', (b: Buffer) => onOutput(b.toString()));
  return child;
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

export async function startSyncServer(admin: {
  username: string;
  password: string;
  name: string;
  committee: string;
  shortName: string;
}): Promise<SyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ldcs-e2e-server-'));
  const port = await freePort();
  let out = '';
  const log = (s: string) => (out += s);
  const create = run(
    [
      'create-admin',
      '--data-dir',
      dataDir,
      '--username',
      admin.username,
      '--password',
      admin.password,
      '--name',
      admin.name,
      '--committee',
      admin.committee,
      '--short-name',
      admin.shortName,
    ],
    log,
  );
  if ((await exitOf(create)) !== 0) throw new Error(`create-admin failed:\n${out}`);

  let child: ChildProcess | null = null;
  const server: SyncServer = {
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    async start() {
      const from = out.length;
      const c = run(['--port', String(port), '--data-dir', dataDir], log);
      child = c;
      await new Promise<void>((resolve, reject) => {
        const check = () => {
          if (out.slice(from).includes('"server ready"')) resolve();
        };
        c.stdout?.on('data', check);
        c.once('exit', () => reject(new Error(`server exited before it was ready:\n${out.slice(from)}`)));
      });
    },
    async stop() {
      const c = child;
      if (c === null) return;
      child = null;
      c.kill('SIGTERM');
      const code = await exitOf(c);
      if (code !== 0) throw new Error(`server did not stop cleanly (exit ${code}):\n${out}`);
    },
    async dispose() {
      await server.stop().finally(() => rmSync(dataDir, { recursive: true, force: true }));
    },
  };
  await server.start();
  return server;
}
