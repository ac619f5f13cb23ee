import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from './i18n.service';

/** `{{ 'tenants.title' | t }}`: impure so a language switch repaints at once (the lookup is a map read). */
@Pipe({ name: 't', pure: false })
export class TPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: string, args?: Record<string, string | number>): string {
    return this.i18n.t(key, args);
  }
}
