import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserHost } from './host';

/** `npm run dev:browser -- --data-dir .data --port 5180`: the app in a plain browser (build the renderer first). */
const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, static: { type: 'string' } },
});
const host = await startBrowserHost({
  dataDir: resolve(values['data-dir'] ?? process.env['LDCS_DATA_DIR'] ?? '.data'),
  staticDir: resolve(values.static ?? 'dist/renderer'),
  port: Number(values.port ?? 5180),
});
process.stdout.write(`浏览器宿主已启动：${host.url}\n`);
const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
