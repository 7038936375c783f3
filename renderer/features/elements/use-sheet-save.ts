import { App } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText, validationIssues } from '../../api/errors';
import type { ElementTemplate } from '../../../shared/elements';
import type { FieldIssue } from '../../../shared/result';
import type { SheetSide } from './sheet-data';

const SIDE_LABEL: Readonly<Record<SheetSide, string>> = {
  applicant: '申请人要素表',
  respondent: '被申请人要素表',
  findings: '裁判认定',
};

/**
 * Saves one side of a template with `elements:save`. Main's VALIDATION issues are offered to `place` (which puts
 * them under their fields); those it cannot place, and any other error, become the returned `failure` lines.
 */
export function useSheetSave(
  caseId: string,
  template: ElementTemplate,
  side: SheetSide,
  onSaved: () => void,
) {
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string[]>([]);
  const save = async (data: unknown, place: (issue: FieldIssue) => boolean): Promise<boolean> => {
    setFailure([]);
    const r = await call('elements:save', {
      caseId,
      templateId: template.id,
      templateVersion: template.version,
      side,
      data,
    });
    if (r.ok) {
      void message.success(`已保存：${template.title} · ${SIDE_LABEL[side]}`);
      onSaved();
      return true;
    }
    const issues = validationIssues(r.error);
    const unplaced = issues.filter((i) => !place(i)).map((i) => i.message);
    if (issues.length === 0) setFailure([errorText(r.error)]);
    else setFailure(unplaced.length > 0 ? unplaced : [`${template.title}未保存，请更正标红的要素`]);
    return false;
  };
  return { failure, setFailure, save };
}

/** Ctrl+S belongs to an open dialog (e.g. a procedural step) while the focus is in it. */
export function focusInDialog(): boolean {
  const el = document.activeElement;
  return el !== null && el.closest('.ant-modal, .ant-drawer') !== null;
}
