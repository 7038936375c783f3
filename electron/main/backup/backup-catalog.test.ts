import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kindOf, listBackupInfo, newBackupPath, pruneScheduled } from './backup-catalog';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const touch = (name: string) => writeFileSync(join(dir, name), 'x');

describe('the backups folder', () => {
  it('names every kind the app writes, including copies from before this version (no Z)', () => {
    dir = mkdtempSync(join(tmpdir(), 'ldcs-catalog-'));
    touch('cases-20261120T020000-before-v14.sqlite');
    touch('cases-20261121T020000Z-before-pull-removing-1200.sqlite');
    touch('cases-20261122T020000Z-daily.sqlite');
    touch('cases-20261122T020000Z-daily-2.sqlite');
    touch('cases.sqlite.replaced-20261122T020000Z');
    touch('notes.txt');
    expect(listBackupInfo(dir).map((b) => [b.kind, b.at])).toEqual([
      ['daily', '2026-11-22T02:00:00.000Z'],
      ['daily', '2026-11-22T02:00:00.000Z'],
      ['sync', '2026-11-21T02:00:00.000Z'],
      ['migration', '2026-11-20T02:00:00.000Z'],
    ]);
    expect(kindOf('manual')).toBe('manual');
    expect(kindOf('something')).toBe('other');
  });

  it('never overwrites: a second copy in the same second gets its own name', () => {
    dir = mkdtempSync(join(tmpdir(), 'ldcs-catalog-'));
    const at = new Date('2026-11-25T02:00:00.000Z');
    const first = newBackupPath(dir, 'manual', at);
    touch('cases-20261125T020000Z-manual.sqlite');
    expect(first).toBe(join(dir, 'cases-20261125T020000Z-manual.sqlite'));
    expect(newBackupPath(dir, 'manual', at)).toBe(join(dir, 'cases-20261125T020000Z-manual-2.sqlite'));
  });

  it('prunes only scheduled kinds, keeping at least one of each', () => {
    dir = mkdtempSync(join(tmpdir(), 'ldcs-catalog-'));
    for (const d of ['20', '21', '22']) {
      touch(`cases-202611${d}T020000Z-daily.sqlite`);
      touch(`cases-202611${d}T020000Z-exit.sqlite`);
      touch(`cases-202611${d}T020000Z-manual.sqlite`);
    }
    expect(pruneScheduled(dir, 0).sort()).toEqual([
      'cases-20261120T020000Z-daily.sqlite',
      'cases-20261120T020000Z-exit.sqlite',
      'cases-20261121T020000Z-daily.sqlite',
      'cases-20261121T020000Z-exit.sqlite',
    ]);
    expect(listBackupInfo(dir).filter((b) => b.kind === 'manual')).toHaveLength(3);
  });
});
