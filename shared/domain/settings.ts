/**
 * Committee settings an administrator edits (all synced, office-scoped). Values are validated by the code that
 * owns each key before they are stored.
 */
export const SETTING_KEYS = [
  'deadline.rules',
  'calendar.years',
  'elements.templates',
  'regional.params',
  'committee.profile',
  'documents.wording',
  'assignment.settings',
  'claim.synonyms',
  'award.minWageDateRule',
  'correction.rules',
  'risk.settings',
  'stats.definitions',
  'security.idleLock',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
