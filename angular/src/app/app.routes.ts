import { Routes } from '@angular/router';
import { authGuard } from './core/auth.guard';
import { Permissions } from './core/permissions';
import { Forbidden } from './layout/forbidden';
import { Home, homeRedirect } from './layout/home';
import { Shell } from './layout/shell';

export const routes: Routes = [
  {
    path: '',
    component: Shell,
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', component: Home, canActivate: [homeRedirect] },
      { path: 'forbidden', component: Forbidden },
      { path: 'tenants', data: { permission: Permissions.tenants }, loadComponent: () => import('./features/tenancy/tenants.page').then((m) => m.TenantsPage) },
    ],
  },
  { path: '**', redirectTo: '' },
];
