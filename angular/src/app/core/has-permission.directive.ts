import { Directive, TemplateRef, ViewContainerRef, effect, inject, input } from '@angular/core';
import { AuthService } from './auth.service';

/** `*hasPermission="'LocalLife.Tenants.Create'"`: the element exists only for users holding the permission. */
@Directive({ selector: '[hasPermission]' })
export class HasPermissionDirective {
  private readonly auth = inject(AuthService);
  private readonly template = inject(TemplateRef<unknown>);
  private readonly view = inject(ViewContainerRef);
  readonly hasPermission = input.required<string>();

  constructor() {
    effect(() => {
      this.view.clear();
      if (this.auth.can(this.hasPermission())) this.view.createEmbeddedView(this.template);
    });
  }
}
