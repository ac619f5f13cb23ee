import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';
import { I18nService } from './i18n.service';
import { ProblemService } from './problem.service';

/** Same-origin API calls carry the bearer token and the UI language; their failures are shown once, globally. */
export const apiInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/')) return next(req);
  const auth = inject(AuthService);
  const i18n = inject(I18nService);
  const problems = inject(ProblemService);
  const token = auth.accessToken;
  const headers: Record<string, string> = { 'Accept-Language': i18n.apiLanguage() };
  if (token) headers['Authorization'] = `Bearer ${token}`;
  return next(req.clone({ setHeaders: headers })).pipe(
    catchError((error) => {
      problems.show(error);
      return throwError(() => error);
    }),
  );
};

