/** Command-line helpers shared by the seed and bench scripts: Chinese errors, exit code 2 for bad arguments. */

export const EXIT_BAD_ARGS = 2;

export function failArgs(message: string): never {
  process.stderr.write(`参数错误：${message}\n`);
  process.exit(EXIT_BAD_ARGS);
}

/** Turns a node:util parseArgs error into a Chinese message that names the offending option. */
export function describeParseError(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message : String(e);
  const token = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = token.split(' ')[0] ?? token;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知选项 ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('argument missing') ? `选项 ${option} 缺少取值` : `选项 ${option} 不接受取值`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数 ${token}（选项须以 -- 开头）`;
    default:
      return message;
  }
}

/** An integer option: absent → the default; not an integer in [min, max] → exit 2 naming the option. */
export function intOption(
  name: string,
  raw: string | undefined,
  fallback: number,
  range: { min: number; max: number },
): number {
  if (raw === undefined) return fallback;
  const text = raw.trim().replace(/_/g, '');
  const n = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < range.min || n > range.max)
    failArgs(`选项 --${name} 须为 ${range.min} 到 ${range.max} 之间的整数（收到 “${raw}”）`);
  return n;
}

/** A text option that must not be empty when given. */
export function textOption(name: string, raw: string | undefined, fallback: string): string {
  if (raw === undefined) return fallback;
  if (raw.trim() === '') failArgs(`选项 --${name} 不能为空`);
  return raw;
}
