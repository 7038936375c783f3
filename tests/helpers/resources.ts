import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateTemplate, type ElementTemplate } from '../../shared/elements';

/** Shipped resources as tests read them (the renderer's own tests may not touch the file system themselves). */
const ROOT = join(import.meta.dirname, '..', '..');

export const readResourceJson = (relative: string): unknown =>
  JSON.parse(readFileSync(join(ROOT, 'resources', relative), 'utf8')) as unknown;

export function shippedTemplate(id: string): ElementTemplate {
  const v = validateTemplate(readResourceJson(`elements/${id}.json`));
  if (!v.ok) throw new Error(`resources/elements/${id}.json: ${JSON.stringify(v.issues)}`);
  return v.template;
}
