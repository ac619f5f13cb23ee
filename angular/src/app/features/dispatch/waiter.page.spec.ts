import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { Subject } from 'rxjs';
import { AuthService } from '../../core/auth.service';
import { StaffHubService } from '../../core/staff-hub.service';
import { icons } from '../../icons';
import { ChimeService } from '../../shared/chime.service';
import { DeliveryTaskDto, DeliveryTaskPush } from './dispatch.models';
import { WaiterPage } from './waiter.page';

const task: DeliveryTaskDto = {
  id: 'k1', storeId: 's1', status: 'Assigned', waiterId: 'u1', createdAt: '', assignedAt: '', acceptBy: '2026-11-25T12:02:00Z',
  acceptedAt: null, pickedUpAt: null, deliveredAt: null,
  stops: [{ orderId: 'o1', orderNumber: 'D1', spaceId: 'sp1', spaceNumber: 'A08', position: { floor: 1, x: 0, y: 0 }, readyAt: '', deliveredAt: null }],
};
const order = { id: 'o1', lines: [{ name: '芒果茶', options: ['大杯'], quantity: 2 }, { name: '果盘', options: [], quantity: 1 }] };
const push = (status: DeliveryTaskPush['status']): DeliveryTaskPush =>
  ({ taskId: 'k1', storeId: 's1', waiterId: 'u1', status, orderIds: ['o1'], spaceNumbers: ['A08'], at: '', sound: 'delivery-task' });

describe('WaiterPage', () => {
  let http: HttpTestingController;
  const pushes: Record<string, Subject<DeliveryTaskPush>> = {};

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    localStorage.setItem('locallife.admin.store', 's1');
    const hub = {
      joinStore: () => Promise.resolve(),
      on: (method: string) => (pushes[method] ??= new Subject<DeliveryTaskPush>()),
    };
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons), { provide: StaffHubService, useValue: hub }],
    });
    TestBed.inject(AuthService).user.set({
      id: 'u1', userName: 'waiter', displayName: '服务员', kind: 'Merchant', tenantId: 't', tenantName: 'ktv-demo', roles: ['waiter'],
      permissions: ['LocalLife.Stores', 'LocalLife.Orders', 'LocalLife.Dispatch', 'LocalLife.Dispatch.Deliver'],
    });
    http = TestBed.inject(HttpTestingController);
  });

  it('pops up a new assignment with the chime, shows its items, accepts it, and drops a withdrawn task', async () => {
    const fixture = TestBed.createComponent(WaiterPage);
    const el: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne('/api/admin/stores').flush([{ id: 's1', name: '国贸店' }]);
    await fixture.whenStable();
    http.expectOne('/api/admin/dispatch/s1/tasks?mine=true').flush([]);
    http.expectOne('/api/admin/dispatch/s1/waiters').flush([{ userId: 'u1', storeId: 's1', name: 'waiter', onDuty: true, position: { floor: 1, x: 0, y: 0 }, lastSpaceId: null, openTasks: 0 }]);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=duty-state]')!.textContent).toContain('上班中');

    const chime = TestBed.inject(ChimeService);
    const before = chime.played();
    pushes['deliveryTaskAssigned'].next(push('Assigned'));
    expect(chime.played()).toBe(before + 1);
    http.expectOne('/api/admin/dispatch/s1/tasks?mine=true').flush([task]);
    http.expectOne('/api/admin/orders/o1').flush(order);
    await fixture.whenStable();
    expect(document.querySelector('.new-task-notification')!.textContent).toContain('A08');
    const card = el.querySelector<HTMLElement>('[data-testid=task][data-status=Assigned]')!;
    expect(card.querySelector('.space')!.textContent).toBe('A08');
    expect(card.textContent).toContain('芒果茶(大杯) ×2，果盘 ×1');

    card.querySelector<HTMLElement>('[data-testid=accept]')!.click();
    http.expectOne({ method: 'POST', url: '/api/admin/dispatch/tasks/k1/accept' }).flush({ ...task, status: 'Accepted' });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=task][data-status=Accepted] [data-testid=pickup]')).not.toBeNull();

    pushes['deliveryTaskWithdrawn'].next(push('Pending'));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=task]')).toBeNull();
    expect(el.querySelector('[data-testid=no-tasks]')).not.toBeNull();
  });

  it('gives an accepted task back: it leaves my list', async () => {
    const fixture = TestBed.createComponent(WaiterPage);
    const el: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne('/api/admin/stores').flush([{ id: 's1', name: '国贸店' }]);
    await fixture.whenStable();
    http.expectOne('/api/admin/dispatch/s1/tasks?mine=true').flush([{ ...task, status: 'Accepted' }]);
    http.expectOne('/api/admin/dispatch/s1/waiters').flush([]);
    http.expectOne('/api/admin/orders/o1').flush(order);
    await fixture.whenStable();
    const decline = el.querySelector<HTMLElement>('[data-testid=task][data-status=Accepted] [data-testid=decline]')!;
    expect(decline.textContent).toContain('转给他人');
    decline.click();
    http.expectOne({ method: 'POST', url: '/api/admin/dispatch/tasks/k1/decline' }).flush({ ...task, waiterId: 'u2' });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=task]')).toBeNull();
  });
});
