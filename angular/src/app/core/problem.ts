import { HttpErrorResponse } from '@angular/common/http';
import type { ProblemDetails as ApiProblemDetails } from '../api/openapi';

/** RFC 9457 problem details as the LocalLife API writes them; partial, as any failed answer's body is read as one. */
export type ProblemDetails = Partial<ApiProblemDetails>;

/** What to show a person for a failed call: the localized title, and field messages when validation failed. */
export function describeProblem(error: unknown, lang: 'zh-Hans' | 'en'): { title: string; details: string[]; code?: string } {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as ProblemDetails | null;
    if (body && typeof body === 'object' && (body.title || body.code)) {
      const title = body.messages?.[lang] ?? body.title ?? body.code ?? String(error.status);
      const details = Object.entries(body.errors ?? {}).flatMap(([field, messages]) => messages.map((m) => `${field}: ${m}`));
      return { title, details, code: body.code };
    }
    if (error.status === 0) return { title: lang === 'en' ? 'The server cannot be reached' : '无法连接服务器', details: [] };
    return { title: `${error.status} ${error.statusText}`, details: [] };
  }
  return { title: error instanceof Error ? error.message : String(error), details: [] };
}
