import type { CaseDetail, CaseEvent } from '../domain/case/case.schema';
import type { ServiceView, DeadlineView } from '../contracts/procedure.schema';
import type { ClaimCheckResult, ComparisonResult } from '../elements';
import type { ProcedureState } from '../procedure/procedure-state';
import type { DocModel } from './model';

/**
 * Everything a document template may read, assembled by main from the case's records. Templates are pure
 * functions of this context (shared/documents/templates); a fact a template needs but the context lacks is
 * reported as missing, with where it is entered, never printed as a blank.
 */
export type CommitteeSettings = {
  /** e.g. '示例市劳动人事争议仲裁委员会'. */
  name: string;
  /** 简称 used in 案号, e.g. '示劳'. */
  shortName: string;
  address: string;
  phone: string;
  /** Text of the seal, normally the committee's name. */
  sealText: string;
  /** e.g. '{简称}劳人仲案字〔{年}〕第{号}号'. */
  caseNumberPattern: string;
  /** Put 大写金额 in brackets after amounts in awards and mediation statements. */
  uppercaseAmounts: boolean;
};

export type StaffName = { id: string; name: string; roles: readonly string[] };

export type DocContext = {
  committee: CommitteeSettings;
  case: CaseDetail;
  /** The procedure as folded from the log (status, dates, tribunal, hearing, suspensions …). */
  procedure: ProcedureState;
  events: readonly CaseEvent[];
  services: readonly ServiceView[];
  deadlines: readonly DeadlineView[];
  /** Names for staff ids (tribunal members, handler, clerk). */
  staff: readonly StaffName[];
  /** 要素式: per template comparison, and the claim checks (calculator explanations). */
  comparisons: readonly ComparisonResult[];
  findings: readonly {
    templateId: string;
    key: string;
    label: string;
    value: string;
    reason: string;
    evidence: string;
  }[];
  claimChecks: readonly ClaimCheckResult[];
  /**
   * Who the case is assigned to: the A角 (承办人, cases.handler_id) and the 书记员 (cases.clerk_id). Signatories
   * come from here and from the tribunal, the service records and the events' actors — never from whoever is
   * generating the document, which is why the context has no user.
   */
  assigned: { handlerId: string | null; clerkId: string | null };
  /** The document's date (today unless chosen), 'YYYY-MM-DD'. */
  date: string;
  /** Options the user picked for this document (e.g. which decision type, which addressee). */
  options: Readonly<Record<string, string>>;
};

/** A missing fact: what it is, and where in the app it is entered (a hash route the UI links to). */
export type MissingFact = { fact: string; where: string };

export type TemplateResult = { ok: true; model: DocModel } | { ok: false; missing: MissingFact[] };

export type DocumentTemplate = {
  id: string;
  title: string;
  /** 调解 / 仲裁 / 通用, for grouping in the UI. */
  group: 'mediation' | 'arbitration' | 'common';
  kinds: readonly ('mediation' | 'arbitration')[];
  /** Options the user must or may choose, e.g. the decision type of a 决定书. */
  options?: readonly {
    key: string;
    label: string;
    choices: readonly { value: string; label: string }[];
    required: boolean;
    /**
     * 'text' is free text the user types (e.g. the suspected violations of a 线索移送函), with `choices` empty; a
     * blank text falls back to the template's default from the case. Default 'select'.
     */
    input?: 'select' | 'text';
    /** What a blank text option becomes, shown in the empty box. */
    placeholder?: string;
  }[];
  build: (ctx: DocContext) => TemplateResult;
};
