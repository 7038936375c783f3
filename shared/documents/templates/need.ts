// Collecting the facts a template needs (context.ts: "a fact a template needs but the context lacks is reported as
// missing, with where it is entered, never printed as a blank"). A template asks for every fact first, so the user
// sees the whole list at once, and builds its model only when nothing is missing.

import type { DocContext, MissingFact, TemplateResult } from '../context';
import type { DocModel } from '../model';

/** Where case facts are entered: the case page (renderer/router/hash-route.ts hrefFor.case). */
export const caseRoute = (ctx: DocContext): string => `#/cases/${encodeURIComponent(ctx.case.id)}`;

/** Where committee facts (name, address, phone, staff) are entered. */
export const SETTINGS_ROUTE = '#/settings';
/** Where the committee's letterhead, address and phone are entered (设置 › 文书设置). */
export const COMMITTEE_ROUTE = '#/settings/committee';

const blank = (s: string | null | undefined): s is null | undefined =>
  s === null || s === undefined || s.trim() === '';

export class Needs {
  private readonly list: MissingFact[] = [];
  private readonly route: string;

  constructor(ctx: DocContext) {
    this.route = caseRoute(ctx);
  }

  /** Record a missing fact once; `where` defaults to the case page. */
  miss(fact: string, where: string = this.route): void {
    if (!this.list.some((m) => m.fact === fact && m.where === where)) this.list.push({ fact, where });
  }

  /** A text fact: the trimmed text, or '' after recording it as missing (the model is then never built). */
  text(value: string | null | undefined, fact: string, where?: string): string {
    if (blank(value)) {
      this.miss(fact, where);
      return '';
    }
    return value.trim();
  }

  /** Any other fact: the value, or null after recording it as missing. */
  value<T>(value: T | null | undefined, fact: string, where?: string): T | null {
    if (value === null || value === undefined) {
      this.miss(fact, where);
      return null;
    }
    return value;
  }

  /** True while nothing is missing. */
  get ok(): boolean {
    return this.list.length === 0;
  }

  get missing(): readonly MissingFact[] {
    return this.list;
  }

  /** The failure listing every missing fact. */
  fail(): TemplateResult {
    return { ok: false, missing: [...this.list] };
  }

  /** The model, unless something was recorded as missing after all. */
  done(model: DocModel): TemplateResult {
    return this.ok ? { ok: true, model } : this.fail();
  }
}
