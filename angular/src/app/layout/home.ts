import { Component, inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from '../core/auth.service';
import { TPipe } from '../core/t.pipe';
import { menu } from './menu';

/** The landing route sends the user on: to the return URL of a sign-in, else the first page of the menu they may open. */
export const homeRedirect: CanActivateFn = () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const returnUrl = auth.takeReturnUrl();
  if (returnUrl && returnUrl !== '/') return router.parseUrl(returnUrl);
  const user = auth.user();
  const first = menu.find((item) => item.side === user?.kind && auth.can(item.permission));
  return first ? router.parseUrl(first.path) : true;
};

/** Shown only to a user who may open no page of the menu. */
@Component({
  selector: 'app-home',
  imports: [TPipe],
  template: `<h2>{{ 'app.home' | t }}</h2>`,
})
export class Home {}
