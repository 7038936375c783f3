import { describe, expect, it } from 'vitest';
import { textOfXml } from '../../electron/main/documents/docx-inspect';

describe('textOfXml', () => {
  it('joins runs, breaks paragraphs, puts table rows on one line and skips field instructions', () => {
    const xml =
      '<w:body><w:p><w:r><w:t>甲</w:t></w:r><w:r><w:t xml:space="preserve">  乙 &amp; &#x4E19;</w:t></w:r></w:p>' +
      '<w:p/><w:p><w:r><w:t>第</w:t><w:tab/><w:t>二</w:t><w:br/><w:t>行</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc>' +
      '<w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>尾</w:t></w:r></w:p></w:body>';
    expect(textOfXml(xml)).toBe('甲 乙 & 丙\n第 二\n行\na b | | c\n尾');
  });
});
