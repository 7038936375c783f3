import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserHost } from './host';

/**
 * `npm run dev:browser -- --data-dir .data --port 5180`: the app in a plain browser (build the renderer first).
 * A port that is taken or not a port ends in one line saying so and how to choose another, not a stack trace.
 */
const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, static: { type: 'string' } },
});
const port = Number(values.port ?? 5180);
const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};
if (!Number.isInteger(port) || port < 1 || port > 65535)
  fail(`--port 应为 1–65535 之间的整数（收到 ${values.port ?? ''}）/ --port must be a port number`);
const host = await startBrowserHost({
  dataDir: resolve(values['data-dir'] ?? process.env['LDCS_DATA_DIR'] ?? '.data'),
  staticDir: resolve(values.static ?? 'dist/renderer'),
  port,
  // Like the desktop app: a daily backup and one at exit, kept in <data-dir>/backups.
  scheduledBackups: true,
}).catch((e: unknown) => {
  if ((e as { code?: unknown }).code === 'EADDRINUSE')
    return fail(
      `端口 ${port} 已被占用，请换一个端口 / port ${port} is in use, choose another:\n  npm run dev:browser -- --port ${port === 65535 ? 5181 : port + 1}`,
    );
  throw e;
});
process.stdout.write(`浏览器宿主已启动：${host.url}\n`);
const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
