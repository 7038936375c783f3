import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/attachment.schema';
import { attachmentName, evidenceSizeProblem } from './evidence-file';

describe('evidence file helpers', () => {
  it('refuses empty files and files over 10 MB, in Chinese', () => {
    expect(evidenceSizeProblem('回证.pdf', 1)).toBeNull();
    expect(evidenceSizeProblem('回证.pdf', MAX_ATTACHMENT_BYTES)).toBeNull();
    expect(evidenceSizeProblem('回证.pdf', MAX_ATTACHMENT_BYTES + 1)).toBe(
      '文件“回证.pdf”有 10.0 MB，超过 10 MB 上限，请压缩或分拆后再上传',
    );
    expect(evidenceSizeProblem('空.jpg', 0)).toContain('空文件');
  });

  it('keeps names within 200 characters and their extension', () => {
    expect(attachmentName(' 回证.pdf ')).toBe('回证.pdf');
    expect(attachmentName('')).toBe('送达凭证');
    const long = attachmentName(`${'长'.repeat(300)}.jpeg`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.jpeg')).toBe(true);
  });
});
