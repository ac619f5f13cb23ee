import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { apiInterceptor } from '../../core/api.interceptor';
import { AuthService } from '../../core/auth.service';
import { icons } from '../../icons';
import { PaymentDto } from './payments.models';
import { PaymentsPage } from './payments.page';

const base: PaymentDto = {
  id: 'p1', tenantId: 't1', kind: 'MenuOrder', businessOrderId: 'o1', customerId: 'c1', amountFen: 12800, description: '星光KTV 点单', outTradeNo: 'LL001',
  status: 'Paid', creationTime: '2026-11-25T10:00:00Z', expiresAt: '2026-11-25T10:15:00Z', transactionId: 'wx1', paidAt: '2026-11-25T10:01:00Z',
  closedAt: null, refundedFen: 3000, refundPendingFen: 0, refundableFen: 9800,
  refunds: [{ id: 'r1', outRefundNo: 'LR001', amountFen: 3000, reason: '少上一份果盘', idempotencyKey: 'k1', status: 'Succeeded', requestedAt: '2026-11-25T11:00:00Z', succeededAt: null, failureReason: null }],
};
const unpaid: PaymentDto = { ...base, id: 'p2', outTradeNo: 'LL002', status: 'Pending', paidAt: null, refundedFen: 0, refundableFen: 0, refunds: [] };

describe('PaymentsPage', () => {
  let http: HttpTestingController;

  function signIn(permissions: string[]) {
    TestBed.inject(AuthService).user.set({
      id: 'u1', userName: 'manager', displayName: '店长', kind: 'Merchant', tenantId: 't', tenantName: 'ktv-demo', roles: ['manager'],
      permissions: ['LocalLife.Payments', ...permissions],
    });
  }

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function open() {
    const fixture = TestBed.createComponent(PaymentsPage);
    await fixture.whenStable();
    http.expectOne('/api/admin/payments?skip=0&take=20').flush({ items: [base, unpaid], totalCount: 2 });
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const row = (el: HTMLElement, no: string) => el.querySelector<HTMLElement>(`[data-testid=payment][data-payment="${no}"]`)!;

  it("shows a payment's refunds when expanded, and closes an unpaid payment", async () => {
    signIn(['LocalLife.Payments.Refund', 'LocalLife.Payments.Reconciliation']);
    const { fixture, el } = await open();
    expect(el.querySelector('[data-testid=to-reconciliation]')).not.toBeNull();
    expect(row(el, 'LL001').querySelector('[data-testid=close]')).toBeNull();
    row(el, 'LL001').querySelector<HTMLElement>('[data-testid=expand] button')!.click();
    await fixture.whenStable();
    const refund = el.querySelector<HTMLElement>('[data-testid=refund][data-status=Succeeded]')!;
    expect(refund.textContent).toContain('LR001');
    expect(refund.textContent).toContain('少上一份果盘');
    expect(refund.textContent).toContain('已退款');

    row(el, 'LL002').querySelector<HTMLElement>('[data-testid=close]')!.click();
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-popover .ant-btn-primary')!.click();
    http.expectOne({ method: 'POST', url: '/api/admin/payments/p2/close' }).flush({ ...unpaid, status: 'Closed' });
    http.expectOne('/api/admin/payments?skip=0&take=20').flush({ items: [base, { ...unpaid, status: 'Closed' }], totalCount: 2 });
    await fixture.whenStable();
    expect(row(el, 'LL002').querySelector('[data-testid=close]')).toBeNull();
    http.verify();
  });

  it('offers neither close nor the reconciliation to the front desk', async () => {
    signIn([]);
    const { el } = await open();
    expect(row(el, 'LL002').querySelector('[data-testid=close]')).toBeNull();
    expect(el.querySelector('[data-testid=to-reconciliation]')).toBeNull();
  });
});
