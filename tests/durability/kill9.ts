import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The child bundled once into plain CommonJS, so each of many starts costs a Node start, not a TypeScript build. */
export async function bundleChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'commit-child.cjs');
  await build({
    entryPoints: [join(HERE, 'commit-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/**
 * One life of the child: started on `dataDir`, killed with SIGKILL `afterMs` after it is ready (while it is in
 * the middle of committing), and the ids it reported as committed. Resolves once the process is gone.
 */
export function runAndKill(childFile: string, dataDir: string, afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const root = join(HERE, '../..');
    const child = spawn(process.execPath, [childFile, dataDir], {
      cwd: root,
      // The bundle sits in a temp folder; better-sqlite3 (native, not bundled) comes from the project.
      env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (c: string) => {
      out += c;
      if (timer === undefined && out.includes('ready\n'))
        timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`child ended without being killed: ${err}`));
      // Only complete lines: a line cut by the kill was not reported.
      const lines = out.split('\n');
      lines.pop();
      resolve(lines.filter((l) => l !== 'ready'));
    });
  });
}
