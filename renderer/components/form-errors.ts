import { get, type FieldErrors, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import { validationIssues } from '../api/errors';
import type { AppError } from '../../shared/result';

/** The message react-hook-form holds for `path` (dotted, e.g. 'parties.0.name'), if any. */
export function errorAt<T extends FieldValues>(errors: FieldErrors<T>, path: string): string | undefined {
  const e: unknown = get(errors, path);
  if (
    typeof e === 'object' &&
    e !== null &&
    'message' in e &&
    typeof e.message === 'string' &&
    e.message !== ''
  )
    return e.message;
  return undefined;
}

/** How many fields carry an error (list-level `root` errors count once). */
export function countErrors(errors: unknown): number {
  if (typeof errors !== 'object' || errors === null) return 0;
  if ('message' in errors && typeof errors.message === 'string') return 1;
  let n = 0;
  for (const [key, value] of Object.entries(errors)) {
    // react-hook-form keeps a DOM `ref` next to each message; it is not an error.
    if (key === 'ref') continue;
    n += countErrors(value);
  }
  return n;
}

/** A server FieldIssue's message is "标签：说明"; under the field itself the label is redundant. */
export function stripLabel(message: string, label: string): string {
  const prefix = `${label}：`;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/**
 * Puts each field issue of a server refusal under the form field it names (its label stripped), for the fields
 * `isField` recognises; returns whether any issue landed on a field, so the caller decides whether the form still
 * needs a sentence above it.
 */
export function placeServerIssues<T extends FieldValues, K extends Path<T>>(
  error: AppError,
  isField: (path: string) => path is K,
  setError: UseFormSetError<T>,
): boolean {
  let placed = false;
  for (const i of validationIssues(error)) {
    if (!isField(i.path)) continue;
    setError(i.path, { type: 'server', message: stripLabel(i.message, i.label) });
    placed = true;
  }
  return placed;
}
