/** The app's few screens. A hash router is enough: the app is one window and must work from file://. */
export type Route =
  | { name: 'cases' }
  | { name: 'case-new' }
  | { name: 'case'; id: string }
  | { name: 'deadlines' }
  | { name: 'documents' }
  | { name: 'stats' }
  | { name: 'analysis' }
  | { name: 'conflicts' }
  | { name: 'risk' }
  | { name: 'settings'; tab?: SettingsTab }
  | { name: 'not-found'; path: string };

/** 设置 has tabs; 工作日历 and 期限规则 have their own addresses so warnings can link straight to them. */
export type SettingsTab =
  | 'staff'
  | 'offices'
  | 'calendar'
  | 'rules'
  | 'elements'
  | 'regional'
  | 'committee'
  | 'leave'
  | 'synonyms'
  | 'corrections'
  | 'stats'
  | 'sync'
  | 'backup'
  | 'security';

export type Section =
  'cases' | 'deadlines' | 'documents' | 'conflicts' | 'risk' | 'stats' | 'analysis' | 'settings';

const SIMPLE: Record<string, Route> = {
  '': { name: 'cases' },
  '/': { name: 'cases' },
  '/cases': { name: 'cases' },
  '/cases/new': { name: 'case-new' },
  '/deadlines': { name: 'deadlines' },
  '/documents': { name: 'documents' },
  '/stats': { name: 'stats' },
  '/analysis': { name: 'analysis' },
  '/conflicts': { name: 'conflicts' },
  '/risk': { name: 'risk' },
  '/settings': { name: 'settings' },
  '/settings/calendar': { name: 'settings', tab: 'calendar' },
  '/settings/rules': { name: 'settings', tab: 'rules' },
  '/settings/elements': { name: 'settings', tab: 'elements' },
  '/settings/regional': { name: 'settings', tab: 'regional' },
  '/settings/committee': { name: 'settings', tab: 'committee' },
  '/settings/leave': { name: 'settings', tab: 'leave' },
  '/settings/synonyms': { name: 'settings', tab: 'synonyms' },
  '/settings/corrections': { name: 'settings', tab: 'corrections' },
  '/settings/stats': { name: 'settings', tab: 'stats' },
  '/settings/sync': { name: 'settings', tab: 'sync' },
  '/settings/offices': { name: 'settings', tab: 'offices' },
  '/settings/backup': { name: 'settings', tab: 'backup' },
  '/settings/security': { name: 'settings', tab: 'security' },
};

/** '#/cases/<id>' → { name: 'case', id }. Unknown paths map to not-found rather than silently to the list. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  const simple = SIMPLE[path];
  if (simple !== undefined) return simple;
  const m = /^\/cases\/([^/]+)$/.exec(path);
  if (m?.[1] !== undefined) return { name: 'case', id: decodeURIComponent(m[1]) };
  return { name: 'not-found', path };
}

export const hrefFor = {
  cases: '#/cases',
  newCase: '#/cases/new',
  case: (id: string) => `#/cases/${encodeURIComponent(id)}`,
  deadlines: '#/deadlines',
  documents: '#/documents',
  stats: '#/stats',
  analysis: '#/analysis',
  conflicts: '#/conflicts',
  risk: '#/risk',
  settings: '#/settings',
  calendarSettings: '#/settings/calendar',
  rulesSettings: '#/settings/rules',
  elementsSettings: '#/settings/elements',
  regionalSettings: '#/settings/regional',
  committeeSettings: '#/settings/committee',
  leaveSettings: '#/settings/leave',
  synonymsSettings: '#/settings/synonyms',
  correctionSettings: '#/settings/corrections',
  statsSettings: '#/settings/stats',
  syncSettings: '#/settings/sync',
  officeSettings: '#/settings/offices',
  backupSettings: '#/settings/backup',
  securitySettings: '#/settings/security',
} as const;

/** Which left-menu entry a route belongs to. */
export function sectionOf(route: Route): Section | undefined {
  switch (route.name) {
    case 'cases':
    case 'case-new':
    case 'case':
      return 'cases';
    case 'deadlines':
    case 'documents':
    case 'stats':
    case 'analysis':
    case 'conflicts':
    case 'risk':
    case 'settings':
      return route.name;
    case 'not-found':
      return undefined;
  }
}
