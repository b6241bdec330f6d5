/**
 * The one error shape every API failure answers with: a status, a stable machine code and a
 * sentence a person can act on. Validation failures add the offending fields.
 */
import { z } from 'zod';

export const ErrorSchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof ErrorSchema>;
export type ErrorIssue = NonNullable<ErrorBody['error']['issues']>[number];

export function errorBody(status: number, code: string, message: string, issues?: ErrorIssue[]): ErrorBody {
  return { error: { status, code, message, ...(issues ? { issues } : {}) } };
}

/** Thrown by handlers for an expected failure; the app's error handler turns it into `ErrorBody`. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503 | 504,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function issuesOf(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

/** The error responses a route may give, for its OpenAPI description. */
export function errorResponses<const S extends readonly ErrorStatus[]>(...statuses: S) {
  const entries = statuses.map((status) => [
    status,
    { description: ERROR_DESCRIPTIONS[status], content: { 'application/json': { schema: ErrorSchema } } },
  ]);
  return Object.fromEntries(entries) as {
    [K in S[number]]: {
      description: string;
      content: { 'application/json': { schema: typeof ErrorSchema } };
    };
  };
}

const ERROR_DESCRIPTIONS = {
  400: 'The request is malformed or fails validation; `issues` names each wrong field.',
  401: 'A write without a valid bearer token (`Authorization: Bearer $RASD_TOKEN`).',
  403: 'Writes are disabled because the server was started without RASD_TOKEN.',
  404: 'No such item.',
  413: 'The body is larger than the limit.',
  422: 'The input was read but cannot be used (a URL that cannot be fetched, an empty text…).',
  429: 'Every analysis worker is busy; try again after the `Retry-After` seconds.',
  503: 'The server has no store (start `rasd serve --store PATH`).',
  504: 'The analysis outlived its deadline and was stopped.',
} as const;

export type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;
