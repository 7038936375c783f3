#!/usr/bin/env node
/**
 * Electron security scan: runs @doyensec/electronegativity over electron/ and exits non-zero on any HIGH or
 * MEDIUM finding, or on any file the scanner could not parse (an unparsed file is an unscanned file).
 *
 *   node scripts/electronegativity.mjs [--input=<dir>] [--report=<file.json>] [--sarif=<file.sarif>]
 *
 * Exit codes: 0 clean, 1 blocking findings or parse errors, 2 the scan itself could not run.
 *
 * Why the library API and not the CLI's `-o out.csv`: the CLI exits 0 whatever it finds, and its CSV writer
 * issues the header write and the rows append as two concurrent fs.writeFile calls, so the header can land on
 * top of the first row (seen here with 1.10.3). The API returns the issues, the parse errors and the number of
 * checks loaded, so nothing has to be scraped. It still makes its (offline-failing) network look-ups, which
 * print warnings and cost ~10 s; both are harmless.
 *
 * Reviewed findings are silenced where they occur with `// eng-disable <CHECK_ID> -- reason`, never here.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BLOCKING_SEVERITIES = ['HIGH', 'MEDIUM'];

function parseArgs(argv) {
  const args = { input: path.join(ROOT, 'electron'), report: undefined, sarif: undefined };
  for (const arg of argv) {
    const match = /^--(input|report|sarif)=(.+)$/.exec(arg);
    if (match === null) throw new Error(`未知参数 / unknown argument: ${arg}`);
    args[match[1]] = path.resolve(match[2]);
  }
  return args;
}

/** The Electron version we ship, so checks use its defaults instead of guessing (it falls back to v0.1.0). */
function installedElectronVersion() {
  return JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
}

export async function scan({ input, sarif }) {
  if (!statSync(input).isDirectory()) throw new Error(`not a directory: ${input}`);
  const run = require('@doyensec/electronegativity');
  const { LoaderDirectory } = require('@doyensec/electronegativity/dist/loader');

  // Same loader the scan uses: lets the report say which files were actually looked at.
  const loader = new LoaderDirectory();
  await loader.load(input);
  const relative = (file) => path.relative(input, file).split(path.sep).join('/');
  const scannedFiles = [...loader.list_files].map(relative).sort();

  const electronVersion = installedElectronVersion();
  const result = await run({
    input,
    output: sarif,
    isSarif: sarif !== undefined,
    isRelative: true,
    electronVersionOverride: electronVersion,
  });

  const findings = result.issues.map((i) => ({
    id: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: i.file === 'N/A' ? 'N/A' : relative(path.resolve(input, i.file)),
    line: i.location?.line ?? 0,
    column: i.location?.column ?? 0,
    sample: typeof i.sample === 'string' ? i.sample.trim().slice(0, 200) : '',
    description: i.description,
    manualReview: Boolean(i.manualReview),
  }));
  return {
    input,
    electronVersion,
    checks: { atomic: result.atomicChecks, global: result.globalChecks },
    scannedFiles,
    parseErrors: result.errors.map((e) => ({
      file: relative(e.file),
      message: e.message,
      tolerable: e.tolerable,
    })),
    findings,
    blocking: findings.filter((f) => BLOCKING_SEVERITIES.includes(f.severity)),
  };
}

export function formatFinding(f) {
  return `${f.severity} ${f.id} ${f.file}:${f.line}:${f.column} ${f.description}${f.sample ? ` — ${f.sample}` : ''}`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const report = await scan(args);
  if (args.report !== undefined) {
    mkdirSync(path.dirname(args.report), { recursive: true });
    writeFileSync(args.report, `${JSON.stringify(report, null, 2)}\n`);
  }

  const out = [];
  out.push(
    `electronegativity: ${report.scannedFiles.length} files, ${report.checks.atomic} atomic + ${report.checks.global} global checks, Electron ${report.electronVersion}`,
  );
  for (const f of report.findings) out.push(`  ${formatFinding(f)}`);
  for (const e of report.parseErrors) out.push(`  PARSE ERROR ${e.file}: ${e.message}`);
  const failed = report.blocking.length > 0 || report.parseErrors.length > 0;
  if (report.scannedFiles.length === 0 || report.checks.atomic === 0) {
    out.push('FAILED: nothing was scanned');
    process.stdout.write(`${out.join('\n')}\n`);
    process.exit(2);
  }
  out.push(
    failed
      ? `FAILED: ${report.blocking.length} HIGH/MEDIUM finding(s), ${report.parseErrors.length} parse error(s)`
      : 'OK: no HIGH or MEDIUM findings',
  );
  process.stdout.write(`${out.join('\n')}\n`);
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`electronegativity scan could not run: ${error?.stack ?? error}\n`);
    process.exit(2);
  });
}
