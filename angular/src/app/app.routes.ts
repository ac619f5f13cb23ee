import { Routes } from '@angular/router';
import { authGuard } from './core/auth.guard';
import { Permissions as P } from './core/permissions';
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
      // Platform operators
      { path: 'tenants', data: { permission: P.tenants }, loadComponent: () => import('./features/tenancy/tenants.page').then((m) => m.TenantsPage) },
      // Merchant staff
      { path: 'stores', data: { permission: P.stores }, loadComponent: () => import('./features/catalog/stores.page').then((m) => m.StoresPage) },
      { path: 'spaces', data: { permission: P.spaces }, loadComponent: () => import('./features/spaces/spaces.page').then((m) => m.SpacesPage) },
      { path: 'spaces/qr', data: { permission: P.spaces }, loadComponent: () => import('./features/spaces/qr-sheet.page').then((m) => m.QrSheetPage) },
      { path: 'bookings', data: { permission: P.bookings }, loadComponent: () => import('./features/bookings/front-desk.page').then((m) => m.FrontDeskPage) },
      { path: '**', component: Home },
    ],
  },
];
