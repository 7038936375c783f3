import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIMED_AMOUNT_KEY, CLAIM_CALCULATORS, templateElements, validateTemplate } from '.';
import { calculatorInputs } from './calc-inputs';
import type { ElementTemplate } from '.';

// Every bundled 要素表 (resources/elements/*.json), read as data the way the app reads it.
const DIR = new URL('../../resources/elements/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const loaded = files.map((file) => ({
  file,
  result: validateTemplate(JSON.parse(readFileSync(new URL(file, DIR), 'utf8'))),
}));
const templates: ElementTemplate[] = loaded.flatMap((l) => (l.result.ok ? [l.result.template] : []));
const byId = new Map(templates.map((t) => [t.id, t]));

const CLAIMS = [
  'wage_arrears',
  'overtime',
  'double_wages',
  'unlawful_termination',
  'economic_compensation',
  'forced_resignation',
  'annual_leave',
  'confirm_relationship',
  'work_injury',
  'non_compete',
] as const;

// A legal basis: a statute or regulation in 《》, a national standard, or a ministry document number.
const CITES = /《[^》]+》|GB(?:\/T)? \d|劳社部发|人社部发/;

describe('resources/elements/*.json', () => {
  it.each(files)('%s validates and is named after its id, version 1', (file) => {
    const result = loaded.find((x) => x.file === file)?.result;
    expect(result === undefined || result.ok ? [] : result.issues).toEqual([]);
    const t = result?.ok === true ? result.template : null;
    expect(t?.id).toBe(file.replace(/\.json$/, ''));
    expect(t?.version).toBe(1);
  });

  it('has the base block and one template per claim of §3.3 (1)–(10), each serving exactly its claim', () => {
    expect([...byId.keys()].sort()).toEqual(['base', ...CLAIMS].sort());
    for (const c of CLAIMS) expect(byId.get(c)?.claimTypes).toEqual([c]);
    expect(byId.get('base')?.claimTypes).toEqual([]);
  });

  it('base has every group of §3.2 and marks identity fields as not disputable', () => {
    const base = byId.get('base');
    expect(base?.groups.map((g) => g.label)).toEqual([
      '申请人',
      '被申请人',
      '代理人',
      '劳动关系',
      '劳动合同',
      '工资',
      '社会保险',
      '离职',
      '时效',
      '调解',
    ]);
    const el = (key: string) =>
      templateElements(base as ElementTemplate).find((x) => x.element.key === key)?.element;
    for (const key of [
      'applicantName',
      'applicantIdNumber',
      'applicantSex',
      'applicantBirthDate',
      'respondentName',
      'respondentCreditCode',
      'agents',
    ])
      expect(el(key)?.disputable, key).toBe(false);
    for (const key of ['hireDate', 'workplace', 'contractSigned', 'agreedMonthlyWageFen', 'separationDate'])
      expect(el(key)?.disputable, key).toBe(true);
    expect(el('applicantIdNumber')?.format).toBe('id_number');
    expect(el('respondentCreditCode')?.format).toBe('credit_code');
    expect(el('wagesBeforeSeparation')?.itemFields?.map((f) => f.key)).toEqual(['month', 'payableFen']);
  });

  it('every money claim has a required claimedAmountFen; 确认劳动关系 has none', () => {
    for (const c of CLAIMS) {
      const claimed = templateElements(byId.get(c) as ElementTemplate).find(
        (x) => x.element.key === CLAIMED_AMOUNT_KEY,
      )?.element;
      if (c === 'confirm_relationship') expect(claimed).toBeUndefined();
      else expect([c, claimed?.type, claimed?.required]).toEqual([c, 'money', true]);
    }
  });

  it('maps every required calculator input to an element or a looked-up local parameter', () => {
    for (const c of CLAIMS) {
      const calc = CLAIM_CALCULATORS[c];
      if (calc === undefined) continue;
      const mapped = new Set(
        templateElements(byId.get(c) as ElementTemplate).map((x) => x.element.calcInput),
      );
      const uncovered = calculatorInputs(calc).filter(
        ([field, spec]) => spec.required && spec.param === undefined && !mapped.has(`${calc}.${field}`),
      );
      expect([c, uncovered.map(([f]) => f)]).toEqual([c, []]);
    }
  });

  it('every disputable element and every claim element gives its legal basis in the help text', () => {
    const missing = templates.flatMap((t) =>
      templateElements(t)
        .filter(({ element }) => (element.disputable || t.id !== 'base') && !CITES.test(element.help))
        .map(({ element }) => `${t.id}.${element.key}`),
    );
    expect(missing).toEqual([]);
  });

  it('every sameAs names an element of that template with the same type (and the same choices)', () => {
    const bad: string[] = [];
    for (const t of templates)
      for (const { element } of templateElements(t)) {
        if (element.sameAs === undefined) continue;
        const [tid, key] = element.sameAs.split('.');
        const target = templateElements(
          byId.get(tid ?? '') ?? ({ groups: [] } as unknown as ElementTemplate),
        ).find((x) => x.element.key === key)?.element;
        const same =
          target !== undefined &&
          target.type === element.type &&
          JSON.stringify(target.choices) === JSON.stringify(element.choices);
        if (!same) bad.push(`${t.id}.${element.key} → ${element.sameAs}`);
      }
    expect(bad).toEqual([]);
  });
});
