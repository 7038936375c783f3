// Public API of the document model (architecture §7.7): model + text rules, 案号 patterns, fixed wording.
export * from './model';
export * from './case-number';
export * from './wording';
export * from './to-html';
