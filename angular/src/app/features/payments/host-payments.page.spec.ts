import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { apiInterceptor } from '../../core/api.interceptor';
import { AuthService } from '../../core/auth.service';
import { icons } from '../../icons';
import { daysAgo, isoDay } from '../../shared/dates';
import { HostPaymentsPage } from './host-payments.page';
import { HostPaymentReconciliationDto } from './payments.models';

const yesterday = isoDay(daysAgo(1));
const report: HostPaymentReconciliationDto = {
  date: yesterday,
  tenants: [
    { tenantId: 't1', tenantName: 'cafe-demo', date: yesterday, timeZone: 'Asia/Shanghai', from: '', to: '', paidCount: 3, paidFen: 30000, refundCount: 0, refundedFen: 0, netFen: 30000 },
    { tenantId: 't2', tenantName: 'ktv-demo', date: yesterday, timeZone: 'Asia/Shanghai', from: '', to: '', paidCount: 1, paidFen: 5000, refundCount: 1, refundedFen: 1000, netFen: 4000 },
  ],
  paidCount: 4, paidFen: 35000, refundCount: 1, refundedFen: 1000, netFen: 34000,
};

describe('HostPaymentsPage', () => {
  let http: HttpTestingController;

  function signIn(permissions: string[]) {
    TestBed.inject(AuthService).user.set({
      id: 'a', userName: 'admin', displayName: '平台管理员', kind: 'Platform', tenantId: null, tenantName: null, roles: ['platform-admin'],
      permissions: ['LocalLife.HostPayments', ...permissions],
    });
  }

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons),
        provideNzNativeDateAdapter()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function open() {
    const fixture = TestBed.createComponent(HostPaymentsPage);
    await fixture.whenStable();
    http.expectOne(`/api/host/payments/reconciliation?date=${yesterday}`).flush(report);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it("shows yesterday's payments per tenant with the platform sums, and sets a tenant's sub-merchant id", async () => {
    signIn(['LocalLife.HostPayments.Settings']);
    const { fixture, el } = await open();
    expect(el.querySelector('[data-testid=tenant-day][data-tenant=ktv-demo]')!.textContent).toContain('40.00');
    expect(el.querySelector('[data-testid=total]')!.textContent).toContain('340.00');

    el.querySelector<HTMLElement>('[data-tenant=cafe-demo] [data-testid=settings]')!.click();
    await fixture.whenStable(); // the modal loads the settings when it is given the tenant
    http.expectOne('/api/host/payments/settings/t1').flush({ tenantId: 't1', weChatPaySubMchId: null, timeZone: 'Asia/Shanghai' });
    await fixture.whenStable();
    const id = document.querySelector<HTMLInputElement>('[data-testid=sub-mch-id]')!;
    id.value = '1900000109';
    id.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
    const save = http.expectOne({ method: 'PUT', url: '/api/host/payments/settings/t1' });
    expect(save.request.body).toEqual({ weChatPaySubMchId: '1900000109', timeZone: 'Asia/Shanghai' });
    save.flush({ tenantId: 't1', weChatPaySubMchId: '1900000109', timeZone: 'Asia/Shanghai' });
    http.expectOne(`/api/host/payments/reconciliation?date=${yesterday}`).flush(report);
    http.verify();
  });

  it('keeps the settings read-only for an operator without HostPayments.Settings', async () => {
    signIn([]);
    const { fixture, el } = await open();
    el.querySelector<HTMLElement>('[data-tenant=ktv-demo] [data-testid=settings]')!.click();
    await fixture.whenStable(); // the modal loads the settings when it is given the tenant
    http.expectOne('/api/host/payments/settings/t2').flush({ tenantId: 't2', weChatPaySubMchId: '1900000110', timeZone: 'Asia/Shanghai' });
    await fixture.whenStable();
    expect(document.querySelector<HTMLInputElement>('[data-testid=sub-mch-id]')!.readOnly).toBe(true);
    expect(document.querySelector<HTMLButtonElement>('.ant-modal-footer .ant-btn-primary')!.disabled).toBe(true);
  });
});
