import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/attachment.schema';
import {
  attachmentName,
  base64ToBytes,
  dataUrlToBase64,
  evidenceSizeProblem,
  fileSizeText,
} from './evidence-file';

describe('evidence file helpers', () => {
  it('refuses empty files and files over 10 MB, in Chinese', () => {
    expect(evidenceSizeProblem('回证.pdf', 1)).toBeNull();
    expect(evidenceSizeProblem('回证.pdf', MAX_ATTACHMENT_BYTES)).toBeNull();
    expect(evidenceSizeProblem('回证.pdf', MAX_ATTACHMENT_BYTES + 1)).toBe(
      '文件“回证.pdf”有 10.0 MB，超过 10 MB 上限，请压缩或分拆后再上传',
    );
    expect(evidenceSizeProblem('空.jpg', 0)).toContain('空文件');
  });

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

  it('keeps names within 200 characters and their extension', () => {
    expect(attachmentName(' 回证.pdf ')).toBe('回证.pdf');
    expect(attachmentName('')).toBe('送达凭证');
    const long = attachmentName(`${'长'.repeat(300)}.jpeg`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.jpeg')).toBe(true);
  });
});
