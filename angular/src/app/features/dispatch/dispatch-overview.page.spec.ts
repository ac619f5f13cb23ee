import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { Subject } from 'rxjs';
import { apiInterceptor } from '../../core/api.interceptor';
import { AuthService } from '../../core/auth.service';
import { StaffHubService } from '../../core/staff-hub.service';
import { icons } from '../../icons';
import { DispatchOverviewPage } from './dispatch-overview.page';
import { DeliveryTaskDto, DeliveryTaskPush, WaiterDutyDto } from './dispatch.models';

const li: WaiterDutyDto = { userId: 'w1', storeId: 's1', name: '小李', onDuty: true, position: { floor: 2, x: 3, y: 4 }, lastSpaceId: 'sp1', openTasks: 1 };
const wang: WaiterDutyDto = { userId: 'w2', storeId: 's1', name: '小王', onDuty: false, position: { floor: 1, x: 0, y: 0 }, lastSpaceId: null, openTasks: 0 };
const stop = (orderNumber: string, spaceNumber: string) =>
  ({ orderId: `o-${orderNumber}`, orderNumber, spaceId: `sp-${spaceNumber}`, spaceNumber, position: { floor: 2, x: 1, y: 1 }, readyAt: '', deliveredAt: null });
const assigned: DeliveryTaskDto = {
  id: 'k1', storeId: 's1', status: 'Assigned', waiterId: 'w1', stops: [stop('D12', 'A08'), stop('D13', 'A08')], createdAt: '2026-11-25T12:00:00Z',
  assignedAt: '2026-11-25T12:00:00Z', acceptBy: '2020-01-01T00:00:00Z', acceptedAt: null, pickedUpAt: null, deliveredAt: null,
};
const pending: DeliveryTaskDto = { ...assigned, id: 'k2', status: 'Pending', waiterId: null, stops: [stop('D14', 'B02')], acceptBy: null, assignedAt: null };

describe('DispatchOverviewPage', () => {
  let http: HttpTestingController;
  const pushes = new Subject<DeliveryTaskPush>();

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    localStorage.setItem('locallife.admin.store', 's1');
    const hub = { joinStore: () => Promise.resolve(), on: () => pushes };
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons),
        { provide: StaffHubService, useValue: hub }],
    });
    TestBed.inject(AuthService).user.set({
      id: 'm1', userName: 'manager', displayName: '店长', kind: 'Merchant', tenantId: 't', tenantName: 'ktv-demo', roles: ['manager'],
      permissions: ['LocalLife.Stores', 'LocalLife.Spaces', 'LocalLife.Dispatch'],
    });
    http = TestBed.inject(HttpTestingController);
  });

  function flushStore(tasks: DeliveryTaskDto[]) {
    http.expectOne('/api/admin/dispatch/s1/waiters').flush([wang, li]);
    http.expectOne('/api/admin/dispatch/s1/tasks?openOnly=true').flush(tasks);
    http.expectOne('/api/admin/dispatch/s1/stats').flush({ delivered: 12, averageMinutes: 4.5, maxMinutes: 11 });
  }

  it("shows who is on duty where, the open tasks with their waiter, and the delivery times; a task change reloads", async () => {
    const fixture = TestBed.createComponent(DispatchOverviewPage);
    const el: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne('/api/admin/stores').flush([{ id: 's1', name: '国贸店' }]);
    await fixture.whenStable();
    flushStore([assigned, pending]);
    http.expectOne('/api/admin/spaces?storeId=s1').flush([{ id: 'sp1', number: 'A08' }]);
    await fixture.whenStable();

    expect([...el.querySelectorAll('[data-testid=waiter]')].map((w) => w.getAttribute('data-name'))).toEqual(['小李', '小王']);
    const li = el.querySelector<HTMLElement>('[data-testid=waiter][data-name=小李]')!;
    expect(li.querySelector('[data-testid=where]')!.textContent).toContain('在 A08 附近 · 2 层 (3, 4)');
    expect(li.querySelector('[data-testid=waiter-tasks]')!.textContent).toBe('1');
    expect(el.querySelector('[data-testid=on-duty]')!.textContent).toContain('1');
    expect(el.querySelector('[data-testid=average]')!.textContent).toContain('4.5');

    const k1 = el.querySelector<HTMLElement>('[data-testid=task][data-id=k1]')!;
    expect(k1.querySelector('[data-testid=stops]')!.textContent).toBe('A08');
    expect(k1.textContent).toContain('D12, D13');
    expect(k1.querySelector('[data-testid=task-waiter]')!.textContent).toBe('小李');
    expect(k1.getAttribute('data-late')).toBe('true');
    expect(el.querySelector('[data-testid=task][data-id=k2] [data-testid=task-waiter]')!.textContent).toBe('待分配');
    expect(el.querySelector('[data-testid=assign]')).toBeNull(); // giving tasks by hand needs Dispatch.Assign

    pushes.next({ taskId: 'k2', storeId: 's1', waiterId: 'w1', status: 'Assigned', orderIds: [], spaceNumbers: ['B02'], at: '', sound: '' });
    flushStore([assigned, { ...pending, status: 'Assigned', waiterId: 'w1' }]);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=task][data-id=k2] [data-testid=task-waiter]')!.textContent).toBe('小李');
    http.verify();
  });

  it('gives a pending task to a waiter on duty by hand', async () => {
    TestBed.inject(AuthService).user.update((u) => ({ ...u!, permissions: [...u!.permissions, 'LocalLife.Dispatch.Assign'] }));
    const fixture = TestBed.createComponent(DispatchOverviewPage);
    const el: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne('/api/admin/stores').flush([{ id: 's1', name: '国贸店' }]);
    await fixture.whenStable();
    flushStore([assigned, pending]);
    http.expectOne('/api/admin/spaces?storeId=s1').flush([]);
    await fixture.whenStable();

    el.querySelector<HTMLElement>('[data-testid=task][data-id=k2] [data-testid=assign] .ant-select-selector')!.click();
    await fixture.whenStable();
    const options = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')];
    expect(options.map((o) => o.textContent!.trim())).toEqual(['小李 (1)']); // only who is on duty
    options[0].click();
    const request = http.expectOne({ method: 'POST', url: '/api/admin/dispatch/tasks/k2/assign' });
    expect(request.request.body).toEqual({ waiterId: 'w1' });
    request.flush({ ...pending, status: 'Assigned', waiterId: 'w1' });
    flushStore([assigned, { ...pending, status: 'Assigned', waiterId: 'w1' }]);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=task][data-id=k2] [data-testid=task-waiter]')!.textContent).toBe('小李');
    http.verify();
  });
});
