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
      { path: 'platform', data: { permission: P.tenants }, loadComponent: () => import('./features/analytics/platform-dashboard.page').then((m) => m.PlatformDashboardPage) },
      { path: 'tenants', data: { permission: P.tenants }, loadComponent: () => import('./features/tenancy/tenants.page').then((m) => m.TenantsPage) },
      { path: 'categories', data: { permission: P.categories }, loadComponent: () => import('./features/catalog/categories.page').then((m) => m.CategoriesPage) },
      { path: 'loyalty', data: { permission: P.loyalty }, loadComponent: () => import('./features/loyalty/loyalty-settings.page').then((m) => m.LoyaltySettingsPage) },
      { path: 'platform/payments', data: { permission: P.hostPayments }, loadComponent: () => import('./features/payments/host-payments.page').then((m) => m.HostPaymentsPage) },
      { path: 'events', data: { permission: P.events }, loadComponent: () => import('./features/eventing/events.page').then((m) => m.EventsPage) },
      { path: 'review-moderation', data: { permission: P.reviewModeration }, loadComponent: () => import('./features/reviews/moderation.page').then((m) => m.ReviewModerationPage) },
      { path: 'platform/coupons', data: { permission: P.hostMarketing, side: 'platform' }, loadComponent: () => import('./features/marketing/coupon-templates.page').then((m) => m.CouponTemplatesPage) },
      // Merchant staff
      { path: 'dashboard', data: { permission: P.payments }, loadComponent: () => import('./features/analytics/dashboard.page').then((m) => m.DashboardPage) },
      { path: 'stores', data: { permission: P.stores }, loadComponent: () => import('./features/catalog/stores.page').then((m) => m.StoresPage) },
      { path: 'spaces', data: { permission: P.spaces }, loadComponent: () => import('./features/spaces/spaces.page').then((m) => m.SpacesPage) },
      { path: 'spaces/qr', data: { permission: P.spaces }, loadComponent: () => import('./features/spaces/qr-sheet.page').then((m) => m.QrSheetPage) },
      { path: 'videos', data: { permission: P.stores }, loadComponent: () => import('./features/media/videos.page').then((m) => m.VideosPage) },
      { path: 'bookings', data: { permission: P.bookings }, loadComponent: () => import('./features/bookings/front-desk.page').then((m) => m.FrontDeskPage) },
      { path: 'orders', data: { permission: P.orders }, loadComponent: () => import('./features/ordering/order-inbox.page').then((m) => m.OrderInboxPage) },
      { path: 'kitchen', data: { permission: P.kitchen }, loadComponent: () => import('./features/kitchen/kitchen-display.page').then((m) => m.KitchenDisplayPage) },
      { path: 'waiter', data: { permission: P.dispatch }, loadComponent: () => import('./features/dispatch/waiter.page').then((m) => m.WaiterPage) },
      { path: 'dispatch', data: { permission: P.dispatch }, loadComponent: () => import('./features/dispatch/dispatch-overview.page').then((m) => m.DispatchOverviewPage) },
      { path: 'printers', data: { permission: P.printers }, loadComponent: () => import('./features/printing/printers.page').then((m) => m.PrintersPage) },
      { path: 'menu', data: { permission: P.menu }, loadComponent: () => import('./features/ordering/menu.page').then((m) => m.MenuPage) },
      { path: 'menu/categories', data: { permission: P.menu }, loadComponent: () => import('./features/ordering/product-categories.page').then((m) => m.ProductCategoriesPage) },
      { path: 'staff', data: { permission: P.staff }, loadComponent: () => import('./features/identity/staff.page').then((m) => m.StaffPage) },
      { path: 'rebate-rules', data: { permission: P.rebateRules }, loadComponent: () => import('./features/loyalty/rebate-rules.page').then((m) => m.RebateRulesPage) },
      { path: 'coupons', data: { permission: P.marketing, side: 'merchant' }, loadComponent: () => import('./features/marketing/coupon-templates.page').then((m) => m.CouponTemplatesPage) },
      { path: 'activities', data: { permission: P.marketing }, loadComponent: () => import('./features/marketing/activities.page').then((m) => m.ActivitiesPage) },
      { path: 'payments', data: { permission: P.payments }, loadComponent: () => import('./features/payments/payments.page').then((m) => m.PaymentsPage) },
      { path: 'payments/reconciliation', data: { permission: P.paymentsReconciliation }, loadComponent: () => import('./features/payments/reconciliation.page').then((m) => m.ReconciliationPage) },
      { path: 'reviews', data: { permission: P.reviews }, loadComponent: () => import('./features/reviews/store-reviews.page').then((m) => m.StoreReviewsPage) },
      { path: '**', component: Home },
    ],
  },
];
