import type { DocContext } from '../../../shared/documents/context';
import {
  Finding,
  templateElements,
  formatElementValue,
  type ElementTemplate,
} from '../../../shared/elements';
import { foldCaseRow } from '../mutations/project-case';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { err, ok, type Result } from '../../../shared/result';
import { z } from 'zod';
import type { DocumentSources } from './document-sources';
import { documentProfileFor } from './office-profile';

/** Findings stored as the 'findings' side, turned into display text with the template's own labels. */
function findingsOf(
  templates: readonly ElementTemplate[],
  sheets: readonly { templateId: string; side: string; data: unknown }[],
) {
  return sheets
    .filter((s) => s.side === 'findings')
    .flatMap((s) => {
      const t = templates.find((x) => x.id === s.templateId);
      const parsed = z.array(Finding).safeParse(s.data);
      if (!t || !parsed.success) return [];
      const els = templateElements(t).map((x) => x.element);
      return parsed.data.flatMap((f) => {
        const el = els.find((e) => e.key === f.key);
        return el
          ? [
              {
                templateId: t.id,
                key: f.key,
                label: el.label,
                value: formatElementValue(el, f.value),
                reason: f.reason,
                evidence: f.evidence.join('；'),
              },
            ]
          : [];
      });
    });
}

/** Assembles everything a document template may read for one case. */
export function buildDocContext(
  s: DocumentSources,
  caseId: string,
  user: SessionUser,
  date: string,
  options: Record<string, string>,
): Result<DocContext> {
  const detail = s.cases.get(caseId);
  if (!detail.ok) return detail;
  const row = s.repos.cases.get(caseId);
  if (!row) return err('NOT_FOUND', '案件不存在或已删除');
  const procedure = foldCaseRow(row, s.repos.events.listForFold(caseId));
  const view = s.procedure.view(caseId, user);
  const elements = s.elements.caseView(caseId);
  if (!view.ok) return view;
  if (!elements.ok) return elements;
  const timeline = s.cases.timeline(caseId);
  return ok({
    // `committee` is the issuer's profile, not always the committee's: a station's mediation case is headed,
    // sealed and numbered by the station (issue 11 item 5). Filling the existing key rather than adding an
    // `office` one keeps every template and sample context as it is; for every other case it is exactly the
    // committee's profile, as before.
    committee: documentProfileFor(s.repos, row).profile,
    case: detail.value,
    procedure,
    events: timeline.ok ? timeline.value : [],
    services: view.value.services,
    deadlines: view.value.deadlines,
    staff: s.repos.staff.list().map((x) => ({ id: x.id, name: x.name, roles: x.roles })),
    comparisons: elements.value.comparisons,
    findings: findingsOf(elements.value.templates, elements.value.sheets),
    claimChecks: elements.value.claimChecks,
    assigned: {
      handlerId: row.handlerId,
      clerkId: row.clerkId,
    },
    date,
    options,
  });
}
