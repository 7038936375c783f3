import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ARGS_DICT, argsText, compressArgs } from './outbox-args';
import { ARGS_DICTIONARY_V1 } from './outbox-args-dictionary';
import { ARGS_DICTIONARY_V2 } from './outbox-args-dictionary-v2';

const args = JSON.stringify({
  caseId: '01a24e8c-e061-7040-aa95-09866afb9922',
  action: 'service.record',
  occurredOn: '2026-11-29',
  payload: {
    document: 'tribunal_notice',
    addressee: '重庆市安泰物流有限公司',
    addresseeRole: 'respondent',
    method: 'direct',
    sentOn: '2026-11-29',
    servedOn: '2026-11-29',
    effectiveOn: '2026-11-29',
  },
  eventId: '01a24e8c-e0aa-77c0-a649-9022eca0d67f',
});

/** Acknowledged args, compressed against their vocabulary (migration 0013), read back whole in every form. */
describe('outbox args', () => {
  it('read back the same text, and smaller than compressed alone', () => {
    const z = compressArgs(args);
    expect(argsText({ args: '', argsZ: z, argsDict: ARGS_DICT })).toBe(args);
    expect(z.length).toBeLessThan(deflateRawSync(args).length * 0.85);
  });

  it('compacted with the second dictionary (0020), smaller again than with the first, for Chinese text', () => {
    expect(ARGS_DICT).toBe(2);
    const withV1 = deflateRawSync(args, { dictionary: ARGS_DICTIONARY_V1 });
    expect(compressArgs(args).length).toBeLessThan(withV1.length);
  });

  it('compacted before 0020 (first dictionary), before 0013 (none) and not compacted at all read as they were', () => {
    const withV1 = deflateRawSync(args, { dictionary: ARGS_DICTIONARY_V1 });
    expect(argsText({ args: '', argsZ: withV1, argsDict: 1 })).toBe(args);
    expect(argsText({ args: '', argsZ: deflateRawSync(args), argsDict: null })).toBe(args);
    expect(argsText({ args, argsZ: null, argsDict: null })).toBe(args);
  });

  it('refuses a dictionary this build does not know, rather than guessing', () => {
    expect(() => argsText({ args: '', argsZ: compressArgs(args), argsDict: 3 })).toThrow(/args_dict 3/);
  });

  it('keeps the dictionaries frozen: stored entries can only be read with their exact bytes', () => {
    expect(createHash('sha256').update(ARGS_DICTIONARY_V1).digest('hex')).toBe(
      'b354f0f3d861e9d3dc7e0121b69cd19527fbf0c2df5973b30577cddc8fb92eed',
    );
    expect(createHash('sha256').update(ARGS_DICTIONARY_V2).digest('hex')).toBe(
      'd60787cfb4e918fe8c1c177869ff36743b37dcadae9004de92af26fec282c587',
    );
  });
});
