import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { apiInterceptor } from '../../core/api.interceptor';
import { AuthService } from '../../core/auth.service';
import { icons } from '../../icons';
import { daysAgo, isoDay } from '../../shared/dates';
import { PaymentReconciliationDto } from './payments.models';
import { ReconciliationPage } from './reconciliation.page';

const day = (date: string, paidFen: number, refundedFen: number): PaymentReconciliationDto => ({
  tenantId: 't', tenantName: 'cafe-demo', date, timeZone: 'Asia/Shanghai', from: '', to: '',
  paidCount: paidFen ? 2 : 0, paidFen, refundCount: refundedFen ? 1 : 0, refundedFen, netFen: paidFen - refundedFen,
});

describe('ReconciliationPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons),
        provideNzNativeDateAdapter(), provideRouter([])],
    });
    TestBed.inject(AuthService).user.set({
      id: 'u1', userName: 'owner', displayName: '老板', kind: 'Merchant', tenantId: 't', tenantName: 'cafe-demo', roles: ['owner'],
      permissions: ['LocalLife.Payments', 'LocalLife.Payments.Reconciliation'],
    });
    http = TestBed.inject(HttpTestingController);
  });

  it('shows the last seven days newest first with the sums, and downloads them as CSV', async () => {
    const fixture = TestBed.createComponent(ReconciliationPage);
    const el: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    const calls = http.match((r) => r.url === '/api/admin/payments/reconciliation');
    const dates = calls.map((c) => c.request.params.get('date')!);
    expect(dates).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => isoDay(daysAgo(n))));
    calls.forEach((c, i) => c.flush(day(dates[i], i === 1 ? 12800 : i === 3 ? 5000 : 0, i === 1 ? 3000 : 0)));
    await fixture.whenStable();

    const rows = [...el.querySelectorAll('[data-testid=day]')].map((r) => r.getAttribute('data-date'));
    expect(rows).toEqual(dates);
    const yesterday = el.querySelector<HTMLElement>(`[data-testid=day][data-date="${dates[1]}"]`)!;
    expect(yesterday.textContent).toContain('128.00');
    expect(yesterday.textContent).toContain('98.00');
    const total = el.querySelector<HTMLElement>('[data-testid=total]')!.textContent!;
    expect(total).toContain('178.00'); // 128 + 50 received
    expect(total).toContain('148.00'); // net
    expect(el.textContent).toContain('Asia/Shanghai');

    let csv: Blob | undefined;
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => { csv = blob as Blob; return 'blob:csv'; });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    el.querySelector<HTMLElement>('[data-testid=export]')!.click();
    createObjectURL.mockRestore();
    click.mockRestore();
    const lines = (await csv!.text()).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('日期,支付笔数,收款（元）,退款笔数,退款（元）,净收入（元）');
    expect(lines[1].startsWith(dates[6])).toBe(true); // oldest first in the file
    expect(lines[6]).toBe(`${dates[1]},2,128.00,1,30.00,98.00`);
    expect(lines[8]).toBe('合计,4,178.00,1,30.00,148.00');
  });

  it('shows the API problem when a day cannot be reconciled', async () => {
    const fixture = TestBed.createComponent(ReconciliationPage);
    await fixture.whenStable();
    const calls = http.match((r) => r.url === '/api/admin/payments/reconciliation');
    calls[0].flush({ status: 403, title: '没有权限。', code: 'LocalLife:Forbidden' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(document.querySelector('.problem-notification')!.textContent).toContain('没有权限。');
  });
});
