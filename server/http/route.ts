import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { z } from 'zod';
import type { FieldIssue } from '../../shared/result';
import { labelForPath } from '../../shared/schema/field-labels';

/**
 * Every server route goes through here (house style §6.3: validate at the boundary): params, query and body
 * are parsed with zod before the handler runs, and a failure is answered 400 with the same error shape the
 * desktop's dispatcher uses, in Chinese and naming the field.
 */
type Part = 'params' | 'query' | 'body';

/** The part of the request a field came from, for a message about the request as a whole. */
const PART_LABEL: Record<Part, string> = { params: '路径参数', query: '查询参数', body: '请求内容' };

const zhCN = z.locales.zhCN().localeError;

export type ValidationErrorBody = {
  ok: false;
  error: { code: 'VALIDATION'; message: string; issues: FieldIssue[] };
};

export type RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R> = {
  method: HTTPMethods | HTTPMethods[];
  url: string;
  params?: P;
  query?: Q;
  body?: B;
  /** This route's body limit in bytes, when it differs from the server's. */
  bodyLimit?: number;
  /** What it returns is sent as JSON; a handler that streams sends through `reply` and returns it. */
  handler: (input: {
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
    req: FastifyRequest;
    reply: FastifyReply;
  }) => Promise<R> | R;
};

function issuesOf(part: Part, error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const label = issue.path.length === 0 ? PART_LABEL[part] : labelForPath(issue.path);
    return {
      path: [part, ...issue.path.map(String)].join('.'),
      label,
      message: `${label}：${issue.message}`,
    };
  });
}

export function validationError(issues: FieldIssue[]): ValidationErrorBody {
  const first = issues[0];
  const message =
    first === undefined
      ? '请求无效'
      : issues.length > 1
        ? `${first.message}（另有 ${issues.length - 1} 处错误）`
        : first.message;
  return { ok: false, error: { code: 'VALIDATION', message, issues } };
}

export function route<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
  R = unknown,
>(app: FastifyInstance, spec: RouteSpec<P, Q, B, R>): void {
  const schemas: [Part, z.ZodType | undefined][] = [
    ['params', spec.params],
    ['query', spec.query],
    ['body', spec.body],
  ];
  app.route({
    method: spec.method,
    url: spec.url,
    ...(spec.bodyLimit === undefined ? {} : { bodyLimit: spec.bodyLimit }),
    handler: async (req, reply) => {
      const parsed: Record<Part, unknown> = { params: req.params, query: req.query, body: req.body };
      const issues: FieldIssue[] = [];
      for (const [part, schema] of schemas) {
        if (!schema) continue;
        const r = schema.safeParse(parsed[part], { error: zhCN });
        if (r.success) parsed[part] = r.data;
        else issues.push(...issuesOf(part, r.error));
      }
      if (issues.length > 0) return reply.code(400).send(validationError(issues));
      return spec.handler({
        params: parsed.params as z.output<P>,
        query: parsed.query as z.output<Q>,
        body: parsed.body as z.output<B>,
        req,
        reply,
      });
    },
  });
}
