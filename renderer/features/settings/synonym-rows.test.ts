import { describe, expect, it } from 'vitest';
import { rowsFromSynonyms, synonymRowErrors, synonymsFromRows } from './synonym-rows';

describe('设置 › 常用说法 rows', () => {
  it('shows every claim type, its words joined by 、', () => {
    const rows = rowsFromSynonyms({ wage_arrears: ['拖欠工资', '欠薪'] });
    expect(rows).toHaveLength(14);
    expect(rows[0]).toEqual({ code: 'wage_arrears', label: '追索劳动报酬', text: '拖欠工资、欠薪' });
    expect(rows[1]?.text).toBe('');
  });

  it('reads words separated by 、，,；; or new lines, trimmed, and leaves out types without words', () => {
    const rows = rowsFromSynonyms({});
    rows[0] = { ...rows[0]!, text: ' 拖欠工资，欠薪, 工资没发；讨薪;\n不发工资、、 ' };
    expect(synonymsFromRows(rows)).toEqual({
      wage_arrears: ['拖欠工资', '欠薪', '工资没发', '讨薪', '不发工资'],
    });
  });

  it('names the type and the word when a row cannot be saved', () => {
    const rows = rowsFromSynonyms({});
    rows[1] = { ...rows[1]!, text: `加点、加点、${'加'.repeat(21)}` };
    expect(synonymRowErrors(rows)).toEqual(
      new Map([
        [
          'overtime',
          ['“加班费”第 3 个常用说法：常用说法不能超过 20 个字符', '“加班费”第 2 个常用说法：“加点”重复'],
        ],
      ]),
    );
    expect(synonymRowErrors(rowsFromSynonyms({ overtime: ['加点'] })).size).toBe(0);
  });
});
