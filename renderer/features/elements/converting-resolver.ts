import { zodResolver } from '@hookform/resolvers/zod';
import { get, set } from 'react-hook-form';
import type { FieldErrors, FieldValues, Resolver, ResolverOptions, ResolverResult } from 'react-hook-form';
import type { z } from 'zod';
import type { FormIssue } from './element-form-values';

/**
 * A react-hook-form resolver for a 要素表 form: the form's values (元 text, number text …) are first converted to
 * the stored shape, then checked with zodResolver against the shared schema (answersSchema and friends), so the
 * browser and main give the same Chinese messages at the same paths. Text that cannot be converted (e.g. '九千'
 * as an amount) is reported at its field; it takes the place of the schema's message there.
 */
export function convertingResolver<F extends FieldValues, O>(
  convert: (form: F) => { data: unknown; issues: readonly FormIssue[] },
  schema: z.ZodType<O>,
): Resolver<F, unknown, O> {
  const inner: Resolver<FieldValues, unknown, O> = zodResolver(
    schema as unknown as z.ZodType<O, FieldValues>,
  );
  return async (values, context, options) => {
    const { data, issues } = convert(values);
    const result = await inner(
      data as FieldValues,
      context,
      options as unknown as ResolverOptions<FieldValues>,
    );
    if (issues.length === 0) return result as unknown as ResolverResult<F, O>;
    const errors: FieldErrors<FieldValues> = { ...result.errors };
    for (const issue of issues) set(errors, issue.path, { type: 'format', message: issue.message });
    return { values: {}, errors } as unknown as ResolverResult<F, O>;
  };
}

const hasMessage = (v: unknown): v is { message: string } =>
  typeof v === 'object' && v !== null && 'message' in v && typeof v.message === 'string' && v.message !== '';

function firstMessage(node: unknown, depth: number): string | undefined {
  if (hasMessage(node)) return node.message;
  if (typeof node !== 'object' || node === null || depth > 4) return undefined;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref') continue;
    const m = firstMessage(child, depth + 1);
    if (m !== undefined) return m;
  }
  return undefined;
}

/** The message at `path`, or the first one nested under it (a date range's 'to', a list row's field). */
export function errorUnder(errors: unknown, path: string): string | undefined {
  return firstMessage(get(errors, path), 0);
}
