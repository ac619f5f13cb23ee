import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { Subject } from 'rxjs';
import { AuthService } from '../../core/auth.service';
import { StaffHubService } from '../../core/staff-hub.service';
import { icons } from '../../icons';
import { OrderInboxPage } from './order-inbox.page';
import { OrderDto } from './ordering.models';

const order: OrderDto = {
  id: 'o1', number: 'D1', storeId: 's1', spaceId: 'sp1', spaceNumber: 'A08', spaceName: '小包', customerId: 'c1', bookingId: null,
  status: 'Accepted',
  lines: [{ id: 'l1', productId: 'p1', name: '芒果茶', options: [], quantity: 2, unitPriceFen: 1800, regularUnitPriceFen: 1800, station: 'Bar', prepMinutes: 3, note: null, discountFen: 0, picksText: null, components: [] }],
  regularFen: 3600, totalFen: 3600, pointsUsed: 0, pointsFen: 0, cashFen: 3600, refundedFen: 0, paymentId: 'p1', note: null,
  placedAt: '2026-11-25T12:00:00Z', payBy: '2026-11-25T12:15:00Z', paidAt: '2026-11-25T12:00:00Z', acceptBy: null, escalatedAt: null,
  estimatedReadyAt: '2026-11-25T12:10:00Z', deliveredAt: null, completedAt: null, cancelReason: null, issue: null, pointsEarned: 0,
  timeline: [], priority: 'Normal', discountFen: 0, discounts: [],
};

describe('OrderInboxPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    localStorage.setItem('locallife.admin.store', 's1');
    const hub = { joinStore: () => Promise.resolve(), on: () => new Subject() };
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons), { provide: StaffHubService, useValue: hub }],
    });
    TestBed.inject(AuthService).user.set({
      id: 'u1', userName: 'frontdesk', displayName: '前台', kind: 'Merchant', tenantId: 't', tenantName: 'cafe-demo', roles: ['frontdesk'],
      permissions: ['LocalLife.Stores', 'LocalLife.Orders', 'LocalLife.Orders.Accept', 'LocalLife.Orders.Fulfil', 'LocalLife.Printers'],
    });
    http = TestBed.inject(HttpTestingController);
  });

  it('marks an accepted order VIP or urgent through the priority endpoint, and prints its receipt', async () => {
    const fixture = TestBed.createComponent(OrderInboxPage);
    await fixture.whenStable();
    http.expectOne('/api/admin/stores').flush([{ id: 's1', name: '国贸店' }]);
    await fixture.whenStable();
    for (const req of http.match((r) => r.url === '/api/admin/orders')) {
      req.flush({ items: req.request.params.get('status') === 'Accepted' ? [order] : [], totalCount: 0 });
    }
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    [...el.querySelectorAll<HTMLElement>('.ant-tabs-tab')][1].click();
    await fixture.whenStable();
    const row = () => el.querySelector<HTMLElement>('[data-testid=in-progress] tr[data-order=D1]')!;

    row().querySelector<HTMLElement>('[data-testid=vip]')!.click();
    const vip = http.expectOne({ method: 'POST', url: '/api/admin/kitchen/orders/o1/priority' });
    expect(vip.request.body).toEqual({ priority: 'Vip' });
    vip.flush([]);
    await fixture.whenStable();
    expect(row().querySelector('[data-testid=priority]')!.textContent).toBe('VIP');

    row().querySelector<HTMLElement>('[data-testid=urgent]')!.click();
    const urgent = http.expectOne({ method: 'POST', url: '/api/admin/kitchen/orders/o1/priority' });
    expect(urgent.request.body).toEqual({ priority: 'Urgent' });
    urgent.flush([]);
    await fixture.whenStable();
    expect(row().querySelector('[data-testid=priority]')!.textContent).toBe('加急');

    row().querySelector<HTMLElement>('[data-testid=receipt]')!.click();
    http.expectOne({ method: 'POST', url: '/api/admin/printers/orders/o1/receipt' }).flush(null);
    http.verify();
  });
});
