import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { apiInterceptor } from '../../core/api.interceptor';
import { AuthService } from '../../core/auth.service';
import { icons } from '../../icons';
import { DeadLetterDto, EventOverviewDto, OutboxMessageDto } from './eventing.models';
import { EventsPage } from './events.page';

const failed: OutboxMessageDto = {
  id: 'e1', eventName: 'OrderPaidEto', tenantId: 't1', status: 'Failed', attempts: 10, lastError: 'BrokerUnreachableException: None of the specified endpoints were reachable',
  creationTime: '2026-11-25T10:00:00Z', lastAttemptTime: '2026-11-25T10:30:00Z', publishedTime: null,
};
const overview = (items: OutboxMessageDto[], pending = 3, deadLetters = 0): EventOverviewDto =>
  ({ pending, failed: items.length, published: 120, failedMessages: { items, totalCount: items.length }, deadLetters });
const poisoned: DeadLetterDto = {
  messageId: 'm1', eventName: 'locallife.ordering.order-paid', tenantId: 't1', status: 'Dead', attempts: 5, lastError: 'NullReferenceException in handler',
  firstFailedTime: '2026-11-25T10:00:00Z', lastFailedTime: '2026-11-25T10:00:05Z', resolvedTime: null,
};

describe('EventsPage', () => {
  let http: HttpTestingController;

  function signIn(permissions: string[]) {
    TestBed.inject(AuthService).user.set({
      id: 'a', userName: 'admin', displayName: '平台管理员', kind: 'Platform', tenantId: null, tenantName: null, roles: ['platform-admin'],
      permissions: ['LocalLife.Events', 'LocalLife.Tenants', ...permissions],
    });
  }

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons)],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function open(items: OutboxMessageDto[], dead: DeadLetterDto[] = []) {
    const fixture = TestBed.createComponent(EventsPage);
    await fixture.whenStable();
    http.expectOne('/api/host/events?skip=0&take=20').flush(overview(items, 3, dead.length));
    http.expectOne('/api/host/events/dead-letters?skip=0&take=20').flush({ items: dead, totalCount: dead.length });
    http.expectOne('/api/host/tenants?take=100').flush({ items: [{ id: 't1', name: 'ktv-demo', displayName: '星光KTV' }], totalCount: 1 });
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('shows the counts and a failed event with its tenant and error, and sends it again', async () => {
    signIn(['LocalLife.Events.Retry']);
    const { fixture, el } = await open([failed]);
    expect(el.querySelector('[data-testid=pending]')!.textContent).toContain('3');
    expect(el.querySelector('[data-testid=published]')!.textContent).toContain('120');
    const row = el.querySelector<HTMLElement>('[data-testid=event][data-id=e1]')!;
    expect(row.textContent).toContain('OrderPaidEto');
    expect(row.textContent).toContain('星光KTV');
    expect(row.textContent).toContain('BrokerUnreachableException');

    row.querySelector<HTMLElement>('[data-testid=retry]')!.click();
    http.expectOne({ method: 'POST', url: '/api/host/events/e1/retry' }).flush({ ...failed, status: 'Pending' });
    http.expectOne('/api/host/events?skip=0&take=20').flush(overview([], 4));
    http.expectOne('/api/host/events/dead-letters?skip=0&take=20').flush({ items: [], totalCount: 0 });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=event]')).toBeNull();
    expect(el.querySelector('[data-testid=pending]')!.textContent).toContain('4');
    http.verify();
  });

  it('shows the problem when the event cannot be sent again, and reloads', async () => {
    signIn(['LocalLife.Events.Retry']);
    const { fixture, el } = await open([failed]);
    el.querySelector<HTMLElement>('[data-testid=retry]')!.click();
    http.expectOne({ method: 'POST', url: '/api/host/events/e1/retry' }).flush(
      { status: 409, title: '只有发送失败的消息才能重试。', code: 'LocalLife:Events:MessageNotFailed' }, { status: 409, statusText: 'Conflict' });
    http.expectOne('/api/host/events?skip=0&take=20').flush(overview([]));
    http.expectOne('/api/host/events/dead-letters?skip=0&take=20').flush({ items: [], totalCount: 0 });
    await fixture.whenStable();
    expect(document.querySelector('.problem-notification')!.textContent).toContain('只有发送失败的消息才能重试。');
  });

  it('offers no retry without Events.Retry', async () => {
    signIn([]);
    const { el } = await open([failed]);
    expect(el.querySelector('[data-testid=event]')).not.toBeNull();
    expect(el.querySelector('[data-testid=retry]')).toBeNull();
  });

  it('shows a dead letter and runs it again: still failing shows the new error, then it goes through and leaves the list', async () => {
    signIn(['LocalLife.Events.Retry']);
    const { fixture, el } = await open([], [poisoned]);
    expect(el.querySelector('[data-testid=dead]')!.textContent).toContain('1');
    const row = el.querySelector<HTMLElement>('[data-testid=dead-letter][data-id=m1]')!;
    expect(row.textContent).toContain('星光KTV');
    expect(row.textContent).toContain('NullReferenceException');

    row.querySelector<HTMLElement>('[data-testid=run-again]')!.click();
    http.expectOne({ method: 'POST', url: '/api/host/events/dead-letters/m1/retry' }).flush({ ...poisoned, attempts: 6, lastError: 'still broken' });
    http.expectOne('/api/host/events?skip=0&take=20').flush(overview([], 3, 1));
    http.expectOne('/api/host/events/dead-letters?skip=0&take=20').flush({ items: [{ ...poisoned, attempts: 6 }], totalCount: 1 });
    await fixture.whenStable();
    expect(document.body.textContent).toContain('仍然失败：still broken');

    el.querySelector<HTMLElement>('[data-testid=run-again]')!.click();
    http.expectOne({ method: 'POST', url: '/api/host/events/dead-letters/m1/retry' }).flush({ ...poisoned, status: 'Resolved', resolvedTime: '2026-11-25T11:00:00Z' });
    http.expectOne('/api/host/events?skip=0&take=20').flush(overview([], 3, 0));
    http.expectOne('/api/host/events/dead-letters?skip=0&take=20').flush({ items: [], totalCount: 0 });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=dead-letter]')).toBeNull();
    http.verify();
  });
});
