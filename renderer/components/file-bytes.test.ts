import { describe, expect, it } from 'vitest';
import { base64ToBytes, dataUrlToBase64, fileSizeText } from './file-bytes';

describe('file bytes helpers', () => {
  it('formats sizes', () => {
    expect(fileSizeText(856)).toBe('856 B');
    expect(fileSizeText(12_595)).toBe('12.3 KB');
    expect(fileSizeText(4.5 * 1024 * 1024)).toBe('4.5 MB');
  });

  it('converts base64 both ways', () => {
    expect(dataUrlToBase64('data:image/png;base64,iVBORw0=')).toBe('iVBORw0=');
    expect(dataUrlToBase64('data:;base64,')).toBe('');
    expect(Array.from(base64ToBytes(btoa('AB\u00ff')))).toEqual([65, 66, 255]);
  });
});
