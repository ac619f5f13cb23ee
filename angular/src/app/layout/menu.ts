import { Permissions } from '../core/permissions';

export interface MenuItem {
  path: string;
  text: string;
  icon: string;
  permission: string;
  side: 'Platform' | 'Merchant';
}

/** The side menu: an item shows when the user is on its side and holds its permission. */
export const menu: MenuItem[] = [
  { path: '/platform', text: 'menu.platform', icon: 'dashboard', permission: Permissions.tenants, side: 'Platform' },
  { path: '/tenants', text: 'menu.tenants', icon: 'shop', permission: Permissions.tenants, side: 'Platform' },
  { path: '/categories', text: 'menu.categories', icon: 'appstore', permission: Permissions.categories, side: 'Platform' },
  { path: '/loyalty', text: 'menu.loyalty', icon: 'gift', permission: Permissions.loyalty, side: 'Platform' },
  { path: '/platform/coupons', text: 'menu.platformCoupons', icon: 'tags', permission: Permissions.hostMarketing, side: 'Platform' },
  { path: '/platform/payments', text: 'menu.hostPayments', icon: 'account-book', permission: Permissions.hostPayments, side: 'Platform' },
  { path: '/events', text: 'menu.events', icon: 'api', permission: Permissions.events, side: 'Platform' },
  { path: '/review-moderation', text: 'menu.reviewModeration', icon: 'audit', permission: Permissions.reviewModeration, side: 'Platform' },
  { path: '/dashboard', text: 'menu.dashboard', icon: 'dashboard', permission: Permissions.payments, side: 'Merchant' },
  { path: '/stores', text: 'menu.stores', icon: 'shop', permission: Permissions.stores, side: 'Merchant' },
  { path: '/spaces', text: 'menu.spaces', icon: 'appstore', permission: Permissions.spaces, side: 'Merchant' },
  { path: '/videos', text: 'menu.videos', icon: 'upload', permission: Permissions.stores, side: 'Merchant' },
  { path: '/bookings', text: 'menu.bookings', icon: 'calendar', permission: Permissions.bookings, side: 'Merchant' },
  { path: '/orders', text: 'menu.orders', icon: 'sound', permission: Permissions.orders, side: 'Merchant' },
  { path: '/kitchen', text: 'menu.kitchen', icon: 'fire', permission: Permissions.kitchen, side: 'Merchant' },
  { path: '/waiter', text: 'menu.waiter', icon: 'bell', permission: Permissions.dispatch, side: 'Merchant' },
  { path: '/dispatch', text: 'menu.dispatch', icon: 'team', permission: Permissions.dispatch, side: 'Merchant' },
  { path: '/printers', text: 'menu.printers', icon: 'printer', permission: Permissions.printers, side: 'Merchant' },
  { path: '/menu', text: 'menu.menu', icon: 'appstore', permission: Permissions.menu, side: 'Merchant' },
  { path: '/menu/categories', text: 'menu.productCategories', icon: 'ordered-list', permission: Permissions.menuManage, side: 'Merchant' },
  { path: '/staff', text: 'menu.staff', icon: 'team', permission: Permissions.staff, side: 'Merchant' },
  { path: '/rebate-rules', text: 'menu.rebateRules', icon: 'gift', permission: Permissions.rebateRules, side: 'Merchant' },
  { path: '/coupons', text: 'menu.coupons', icon: 'tags', permission: Permissions.marketing, side: 'Merchant' },
  { path: '/activities', text: 'menu.activities', icon: 'thunderbolt', permission: Permissions.marketing, side: 'Merchant' },
  { path: '/payments', text: 'menu.payments', icon: 'pay-circle', permission: Permissions.payments, side: 'Merchant' },
  { path: '/payments/reconciliation', text: 'menu.reconciliation', icon: 'account-book', permission: Permissions.paymentsReconciliation, side: 'Merchant' },
  { path: '/reviews', text: 'menu.reviews', icon: 'star', permission: Permissions.reviews, side: 'Merchant' },
];
