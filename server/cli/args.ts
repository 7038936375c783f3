import { parseArgs } from 'node:util';
import { z } from 'zod';

/**
 * The command line of `npm run server` (server/README.md). Flags are the same for both commands, so
 * create-admin opens the database exactly as the server would.
 */
export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = './.server-data';

export type ServeConfig = {
  command: 'serve';
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL when set (flag, else the DATABASE_URL environment variable); PGlite in dataDir otherwise. */
  databaseUrl: string | null;
};
export type CreateAdminConfig = Omit<ServeConfig, 'command'> & {
  command: 'create-admin';
  username: string | undefined;
  password: string | undefined;
  name: string | undefined;
  committee: string | undefined;
  shortName: string | undefined;
};
export type DevicesConfig = Omit<ServeConfig, 'command'> & { command: 'devices' };
export type RevokeDeviceConfig = Omit<ServeConfig, 'command'> & {
  command: 'revoke-device';
  clientId: string;
};
export type VerifyAuditConfig = Omit<ServeConfig, 'command'> & { command: 'verify-audit' };
export type CliConfig =
  ServeConfig | CreateAdminConfig | DevicesConfig | RevokeDeviceConfig | VerifyAuditConfig;

const COMMANDS = ['serve', 'create-admin', 'devices', 'revoke-device', 'verify-audit'] as const;

export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

const Port = z.coerce.number().int().min(0).max(65535);

export function parseCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliConfig {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'database-url': { type: 'string' },
        username: { type: 'string' },
        password: { type: 'string' },
        name: { type: 'string' },
        committee: { type: 'string' },
        'short-name': { type: 'string' },
        'client-id': { type: 'string' },
      },
    });
  } catch (e) {
    throw new CliUsageError(`命令行参数有误：${(e as Error).message}`);
  }
  const { values, positionals } = parsed;
  const command = positionals[0] ?? 'serve';
  if (positionals.length > 1 || !(COMMANDS as readonly string[]).includes(command))
    throw new CliUsageError(
      `未知命令「${positionals.join(' ')}」；可用：serve（默认）、create-admin、devices、revoke-device、verify-audit`,
    );
  const port = Port.safeParse(values.port ?? DEFAULT_PORT);
  if (!port.success) throw new CliUsageError(`--port（端口）应为 0 到 65535 的整数，收到「${values.port}」`);
  const common = {
    port: port.data,
    host: values.host ?? DEFAULT_HOST,
    dataDir: values['data-dir'] ?? DEFAULT_DATA_DIR,
    databaseUrl: values['database-url'] ?? (env['DATABASE_URL'] || null),
  };
  if (command === 'serve') return { command, ...common };
  if (command === 'devices' || command === 'verify-audit') return { command, ...common };
  if (command === 'revoke-device') {
    const clientId = values['client-id'];
    if (clientId === undefined || clientId === '')
      throw new CliUsageError('revoke-device 需要 --client-id（设备编号，可用 devices 命令查看）');
    return { command, ...common, clientId };
  }
  return {
    command: 'create-admin',
    ...common,
    username: values.username,
    password: values.password,
    name: values.name,
    committee: values.committee,
    shortName: values['short-name'],
  };
}
