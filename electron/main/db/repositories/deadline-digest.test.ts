import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExplanationBasis, RuleTerms } from '../../../../shared/deadlines';
import { caseDigest, columnValues, digestRows } from './deadline-digest';
import { encodeFacts, toColumns, type ProjectedDeadline } from './deadline-row';

/**
 * caseDigest feeds each row's values straight to the hash, and encodeFacts keeps the facts of a plain basis by
 * label: both must give exactly what the definitions give — the digest of `[ruleId, ...columnValues(termsId,
 * toColumns(d))]` per row, and the JSON of the facts — or every stored digest would stop matching.
 */

const TERMS: RuleTerms[] = [0, 1, 2].map((i) => ({
  label: `期限${i}`,
  responsible: 'committee',
  unit: 'workday',
  informational: false,
  citation: '',
  direction: 'after',
  count: 5,
  beforeReading: 'lenient',
}));
const day = fc.constantFrom('2026-09-01', '2026-09-02', '2026-10-17');
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const arbBasis: fc.Arbitrary<ExplanationBasis> = fc
  .record({
    terms: fc.constantFrom(...TERMS),
    startLabel: fc.constantFrom('受理日', '收件日', '开庭日', ''),
    startDate: day,
    raw: fc.option(day, { nil: null }),
    due: fc.option(day, { nil: null }),
    lenient: opt(day),
    strict: opt(day),
    parts: fc.array(
      fc.record({ label: fc.string(), from: day, to: day, days: fc.nat(9), open: fc.boolean() }),
      { maxLength: 2 },
    ),
    extensionDays: fc.constantFrom(0, 0, 3),
    rolled: fc.boolean(),
    offNotRolled: fc.boolean(),
    gap: opt(fc.record({ year: fc.constant(2027), message: fc.string() })),
    status: fc.constantFrom('pending', 'met', 'overdue', 'paused', 'missed' as const),
    timelinessUnknown: fc.boolean(),
    pausedSince: opt(day),
    completedOn: opt(day),
    cancellation: opt(fc.record({ date: day, action: fc.string() })),
  })
  // Most bases in a recompute are plain (a start label and nothing else): make them common here too.
  .chain((b) =>
    fc.boolean().map((plain) => {
      const out: Record<string, unknown> = { ...b };
      for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
      if (!plain) return out as ExplanationBasis;
      for (const k of ['lenient', 'strict', 'gap', 'pausedSince', 'cancellation']) delete out[k];
      const plainBasis: ExplanationBasis = {
        ...(out as ExplanationBasis),
        raw: b.due,
        parts: [],
        extensionDays: 0,
        rolled: false,
        offNotRolled: false,
        timelinessUnknown: false,
      };
      return plainBasis;
    }),
  );

const arbDeadline: fc.Arbitrary<ProjectedDeadline> = fc
  .record({
    ruleId: fc.constantFrom('arb.accept_review', 'arb.defence', 'med.fifteen_days'),
    startDate: fc.option(day, { nil: null }),
    dueDate: fc.option(day, { nil: null }),
    status: fc.constantFrom('pending', 'met', 'overdue' as const),
    completedOn: fc.option(day, { nil: null }),
    daysLeft: fc.option(fc.integer({ min: -40, max: 40 }), { nil: null }),
    gap: fc.option(fc.string(), { nil: null }),
    basis: arbBasis,
  })
  .map((d) => ({
    ...d,
    label: '',
    responsible: 'committee',
    unit: 'workday',
    informational: false,
    explanation: '',
    citation: '',
  }));

const idOf = (t: RuleTerms): number | undefined => {
  const i = TERMS.indexOf(t);
  return i < 0 ? undefined : i + 1;
};

describe('caseDigest', () => {
  it('is the digest of each row’s rule id and column values', () => {
    fc.assert(
      fc.property(fc.array(arbDeadline, { maxLength: 6 }), (ds) => {
        const rows = ds.map((d) => [d.ruleId, ...columnValues(idOf(d.basis.terms) as number, toColumns(d))]);
        expect(caseDigest(ds, idOf)).toBe(digestRows(rows));
      }),
    );
  });

  it('is undefined when a rule’s terms have no id yet', () => {
    fc.assert(
      fc.property(fc.array(arbDeadline, { minLength: 1, maxLength: 4 }), (ds) => {
        const missing = ds[ds.length - 1]?.basis.terms;
        expect(caseDigest(ds, (t) => (t === missing ? undefined : idOf(t)))).toBeUndefined();
      }),
    );
  });
});

describe('encodeFacts', () => {
  it('gives a plain basis the JSON of its label alone, and any basis the same text every time', () => {
    fc.assert(
      fc.property(arbBasis, (b) => {
        const text = encodeFacts(b);
        expect(encodeFacts({ ...b })).toBe(text);
        const plain =
          b.raw === b.due &&
          b.lenient === undefined &&
          b.strict === undefined &&
          b.parts.length === 0 &&
          b.extensionDays === 0 &&
          !b.rolled &&
          !b.offNotRolled &&
          b.gap === undefined &&
          !b.timelinessUnknown &&
          b.pausedSince === undefined &&
          b.cancellation === undefined;
        if (plain) expect(text).toBe(JSON.stringify({ l: b.startLabel }));
        else expect(text).not.toBe(JSON.stringify({ l: b.startLabel }));
      }),
    );
  });
});
