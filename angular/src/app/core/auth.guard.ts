import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Signed in, and (when the route names one in data.permission) holding that permission. */
export const authGuard: CanActivateFn = (route, state) => {
  const auth = inject(AuthService);
  if (!auth.signedIn || !auth.user()) {
    auth.login(state.url);
    return false;
  }
  const permission = route.data?.['permission'] as string | undefined;
  return auth.can(permission) ? true : inject(Router).parseUrl('/forbidden');
};
