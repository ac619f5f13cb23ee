import { Injectable, inject } from '@angular/core';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { I18nService } from './i18n.service';
import { describeProblem } from './problem';

/** The global error display: the API's localized problem title, plus field errors. */
@Injectable({ providedIn: 'root' })
export class ProblemService {
  private readonly notification = inject(NzNotificationService);
  private readonly i18n = inject(I18nService);

  show(error: unknown): void {
    const problem = describeProblem(error, this.i18n.apiLanguage());
    this.notification.error(problem.title, problem.details.join('\n') || (problem.code ?? ''), { nzClass: 'problem-notification' });
  }
}
