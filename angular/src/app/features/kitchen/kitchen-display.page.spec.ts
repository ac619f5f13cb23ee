import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { Subject } from 'rxjs';
import { AuthService } from '../../core/auth.service';
import { StaffHubService } from '../../core/staff-hub.service';
import { icons } from '../../icons';
import { KitchenDisplayPage } from './kitchen-display.page';
import { KitchenTicketDto, StationFeedDto, TicketChangedPush } from './kitchen.models';

const ticket: KitchenTicketDto = {
  id: 't1', storeId: 's1', orderId: 'o1', orderNumber: 'D1', spaceId: 'sp1', spaceNumber: 'A08', orderNote: '少冰', station: 'Bar',
  priority: 'Vip', status: 'Queued', queuedAt: '2026-11-25T12:00:00Z', dueAt: '2026-11-25T12:03:00Z', startedAt: null, doneAt: null,
  delayed: true, delayMinutes: 4,
  items: [{ lineId: 'l1', productId: 'p1', name: '芒果茶', options: ['大杯'], quantity: 2, note: '去糖', prepMinutes: 3, done: false }],
};
const feed: StationFeedDto = {
  storeId: 's1', station: 'Bar', at: '2026-11-25T12:07:00Z', tickets: [ticket], delayedCount: 1,
  batches: [{ productId: 'p1', name: '芒果茶', options: ['大杯'], quantity: 5, tickets: 3, ticketIds: ['t1', 't2', 't3'], earliestDueAt: '2026-11-25T12:03:00Z' }],
};

describe('KitchenDisplayPage', () => {
  let http: HttpTestingController;
  const pushes = new Subject<TicketChangedPush>();
  const joined: string[] = [];

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    localStorage.setItem('locallife.admin.store', 's1');
    localStorage.removeItem('locallife.admin.station');
    joined.length = 0;
    const hub = {
      joinStation: (storeId: string, station: string) => { joined.push(`${storeId}/${station}`); return Promise.resolve(); },
      on: (method: string) => (method === 'ticketChanged' ? pushes : new Subject()),
    };
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons), { provide: StaffHubService, useValue: hub }],
    });
    TestBed.inject(AuthService).user.set({
      id: 'u1', userName: 'kitchen', displayName: '后厨', kind: 'Merchant', tenantId: 't', tenantName: 'ktv-demo', roles: ['kitchen'],
      permissions: ['LocalLife.Stores', 'LocalLife.Kitchen', 'LocalLife.Kitchen.Prepare'],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function open() {
    const fixture = TestBed.createComponent(KitchenDisplayPage);
    await fixture.whenStable();
    http.expectOne('/api/admin/stores').flush([{ id: 's1', name: '国贸店' }]);
    await fixture.whenStable();
    http.expectOne('/api/admin/kitchen/s1/stations/Bar').flush(feed);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('shows the merged batches and the tickets large: space, items with options and notes, late in red, the VIP badge', async () => {
    const { el } = await open();
    expect(joined).toEqual(['s1/Bar']);
    expect(el.querySelector('[data-testid=batch]')!.textContent).toMatch(/5 ×\s*芒果茶\s*大杯/);
    const card = el.querySelector<HTMLElement>('[data-testid=ticket][data-order=D1]')!;
    expect(card.querySelector('.space')!.textContent).toBe('A08');
    expect(card.textContent).toContain('去糖');
    expect(card.textContent).toContain('少冰');
    expect(card.querySelector('.badge')!.textContent).toBe('VIP');
    expect(card.querySelector('[data-testid=late]')!.textContent).toContain('超时 4 分钟');
    expect(getComputedStyle(card).borderColor).toBe('rgb(255, 77, 79)');
    expect(el.querySelector('[data-testid=delayed-count]')!.textContent).toContain('1');
  });

  it('starts and finishes a ticket or one item with one tap, then reloads', async () => {
    const { fixture, el } = await open();
    el.querySelector<HTMLElement>('[data-testid=start]')!.click();
    http.expectOne({ method: 'POST', url: '/api/admin/kitchen/tickets/t1/start' }).flush({ ...ticket, status: 'Preparing' });
    http.expectOne('/api/admin/kitchen/s1/stations/Bar').flush(feed);
    el.querySelector<HTMLElement>('[data-testid=item-done]')!.click();
    http.expectOne({ method: 'POST', url: '/api/admin/kitchen/tickets/t1/items/l1/done' }).flush({ ...ticket, status: 'Done' });
    http.expectOne('/api/admin/kitchen/s1/stations/Bar').flush({ ...feed, tickets: [], batches: [], delayedCount: 0 });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=ticket]')).toBeNull();
    http.verify();
  });

  it('reloads on a push for its station only, and remembers another station', async () => {
    const { fixture, el } = await open();
    pushes.next({ ticketId: 'x', orderId: 'o', orderNumber: 'D2', spaceNumber: 'B01', station: 'Kitchen', status: 'Queued', priority: 'Normal', at: '' });
    http.expectNone('/api/admin/kitchen/s1/stations/Bar');
    pushes.next({ ticketId: 'y', orderId: 'o', orderNumber: 'D3', spaceNumber: 'B02', station: 'Bar', status: 'Queued', priority: 'Normal', at: '' });
    http.expectOne('/api/admin/kitchen/s1/stations/Bar').flush(feed);

    [...el.querySelectorAll<HTMLElement>('[data-testid=station] label')].find((l) => l.textContent!.includes('后厨'))!.click();
    await fixture.whenStable();
    http.expectOne('/api/admin/kitchen/s1/stations/Kitchen').flush({ ...feed, station: 'Kitchen', tickets: [], batches: [] });
    expect(localStorage.getItem('locallife.admin.station')).toBe('Kitchen');
    expect(joined).toEqual(['s1/Bar', 's1/Kitchen']);
  });
});
