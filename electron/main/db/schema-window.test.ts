import { describe, expect, it } from 'vitest';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../../shared/sync/versions';
import { MIGRATIONS } from './migrations';

describe('the server accepts the schema this desktop writes', () => {
  it('has the latest desktop migration inside the supported window (a new migration must decide the window)', () => {
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    expect(latest).toBeGreaterThanOrEqual(SUPPORTED_DESKTOP_SCHEMA.min);
    expect(latest).toBeLessThanOrEqual(SUPPORTED_DESKTOP_SCHEMA.max);
  });
});
