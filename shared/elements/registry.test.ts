import { describe, expect, it } from 'vitest';
import * as elements from '.';
import { templatesForClaimTypes } from '.';
import type { ElementTemplate } from '.';

const t = (id: string, claimTypes: string[], version = 1) =>
  ({ id, version, title: id, claimTypes, groups: [] }) as unknown as ElementTemplate;

describe('templatesForClaimTypes', () => {
  const all = [
    t('overtime', ['overtime']),
    t('economic_compensation', ['economic_compensation']),
    t('base', []),
    t('overtime', ['overtime'], 2),
  ];

  it('gives base first, then the templates of the claim types in their order, latest version of each', () => {
    const got = templatesForClaimTypes(all, ['economic_compensation', 'overtime', 'economic_compensation']);
    expect(got.map((x) => `${x.id}@${x.version}`)).toEqual([
      'base@1',
      'economic_compensation@1',
      'overtime@2',
    ]);
  });

  it('claim types without a template add nothing; without base only the claim templates', () => {
    expect(templatesForClaimTypes(all, ['social_insurance']).map((x) => x.id)).toEqual(['base']);
    expect(
      templatesForClaimTypes(
        all.filter((x) => x.id !== 'base'),
        ['overtime'],
      ).map((x) => x.id),
    ).toEqual(['overtime']);
    expect(templatesForClaimTypes([], ['overtime'])).toEqual([]);
  });
});

describe('shared/elements public API', () => {
  it('exports the functions and schemas the forms and main use', () => {
    for (const name of [
      'ElementTemplate',
      'validateTemplate',
      'answersSchema',
      'validateAnswers',
      'respondentAnswersSchema',
      'validateRespondentAnswers',
      'compareElements',
      'disputeFocus',
      'hearingOutline',
      'Finding',
      'findingSchema',
      'checkClaim',
      'templatesForClaimTypes',
      'formatElementValue',
    ])
      expect(elements, name).toHaveProperty(name);
  });
});
