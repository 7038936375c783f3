import { disputeReasonLabel } from '../../../shared/domain/reference-data';
import { BASE_TEMPLATE_ID, templateElements } from '../../../shared/elements';
import type { ElementTemplate } from '../../../shared/elements';
import { lineColumn } from '../../components/line-column';

/** 设置 › 要素表模板: one row per template id with all its versions (filled cases keep the version they used). */
export type TemplateRow = {
  id: string;
  title: string;
  versions: number[];
  newest: number;
  claimTypes: string;
  elementCount: number;
};

export function templateRows(all: readonly ElementTemplate[]): TemplateRow[] {
  const ids = [...new Set(all.map((t) => t.id))];
  return ids
    .map((id) => {
      const versions = all.filter((t) => t.id === id).sort((a, b) => a.version - b.version);
      const newest = versions[versions.length - 1] as ElementTemplate;
      return {
        id,
        title: newest.title,
        versions: versions.map((t) => t.version),
        newest: newest.version,
        claimTypes:
          id === BASE_TEMPLATE_ID
            ? '全部请求类型（基础要素）'
            : newest.claimTypes.map(disputeReasonLabel).join('、'),
        elementCount: templateElements(newest).length,
      };
    })
    .sort((a, b) =>
      a.id === BASE_TEMPLATE_ID ? -1 : b.id === BASE_TEMPLATE_ID ? 1 : a.id.localeCompare(b.id),
    );
}

/** The editor's text to start a new version of `id`: its newest version with the version number raised. */
export function nextVersionJson(all: readonly ElementTemplate[], id: string): string {
  const newest = all.filter((t) => t.id === id).sort((a, b) => b.version - a.version)[0];
  return newest === undefined ? '' : JSON.stringify({ ...newest, version: newest.version + 1 }, null, 2);
}

/** JSON.parse with a Chinese message naming the line and column where the syntax breaks. */
export function parseTemplateJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: false, message: '请填写要素表模板（JSON 格式）' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    if (m?.[1] === undefined) return { ok: false, message: 'JSON 格式错误，请检查括号、逗号和引号' };
    const { line, column } = lineColumn(text, Number(m[1]));
    return {
      ok: false,
      message: `JSON 格式错误：第 ${line} 行第 ${column} 列附近，请检查括号、逗号和引号（文字须用英文双引号）`,
    };
  }
}
