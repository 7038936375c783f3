import { describe, expect, it } from 'vitest';
import { todayInChina } from './clock';

describe('todayInChina', () => {
  it('turns over at midnight China Standard Time (UTC+8), whatever the machine’s time zone', () => {
    expect(todayInChina(Date.parse('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
    expect(todayInChina(Date.parse('2026-11-25T16:00:00Z'))).toBe('2026-11-26');
    expect(todayInChina(Date.parse('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});
