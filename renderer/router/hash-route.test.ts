import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, sectionOf } from './hash-route';

describe('parseRoute', () => {
  it('maps every screen', () => {
    expect(parseRoute('')).toEqual({ name: 'cases' });
    expect(parseRoute('#/cases')).toEqual({ name: 'cases' });
    expect(parseRoute('#/cases/')).toEqual({ name: 'cases' });
    expect(parseRoute('#/cases/new')).toEqual({ name: 'case-new' });
    expect(parseRoute('#/cases/abc-1')).toEqual({ name: 'case', id: 'abc-1' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('#/settings/calendar')).toEqual({ name: 'settings', tab: 'calendar' });
    expect(parseRoute(hrefFor.rulesSettings)).toEqual({ name: 'settings', tab: 'rules' });
    expect(parseRoute('#/deadlines')).toEqual({ name: 'deadlines' });
    expect(parseRoute(hrefFor.committeeSettings)).toEqual({ name: 'settings', tab: 'committee' });
    expect(parseRoute(hrefFor.leaveSettings)).toEqual({ name: 'settings', tab: 'leave' });
    expect(parseRoute('#/settings/leave')).toEqual({ name: 'settings', tab: 'leave' });
    expect(parseRoute(hrefFor.synonymsSettings)).toEqual({ name: 'settings', tab: 'synonyms' });
    expect(parseRoute('#/documents')).toEqual({ name: 'documents' });
    expect(parseRoute(hrefFor.analysis)).toEqual({ name: 'analysis' });
    expect(parseRoute(hrefFor.statsSettings)).toEqual({ name: 'settings', tab: 'stats' });
    expect(sectionOf(parseRoute('#/analysis'))).toBe('analysis');
    expect(parseRoute(hrefFor.conflicts)).toEqual({ name: 'conflicts' });
    expect(sectionOf(parseRoute('#/conflicts'))).toBe('conflicts');
    expect(parseRoute(hrefFor.syncSettings)).toEqual({ name: 'settings', tab: 'sync' });
    expect(parseRoute(hrefFor.officeSettings)).toEqual({ name: 'settings', tab: 'offices' });
    expect(parseRoute('#/nope')).toEqual({ name: 'not-found', path: '/nope' });
  });
  it('round-trips case ids through hrefFor', () => {
    expect(parseRoute(hrefFor.case('a/b c'))).toEqual({ name: 'case', id: 'a/b c' });
  });
  it('puts the case screens under the 案件 menu entry', () => {
    expect(sectionOf({ name: 'case', id: 'x' })).toBe('cases');
    expect(sectionOf({ name: 'not-found', path: '' })).toBeUndefined();
    expect(sectionOf({ name: 'settings', tab: 'calendar' })).toBe('settings');
  });
});
