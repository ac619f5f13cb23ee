import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute } from '@angular/router';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { apiInterceptor } from '../../core/api.interceptor';
import { AuthService } from '../../core/auth.service';
import { icons } from '../../icons';
import { couponInputOf, emptyCouponForm } from './coupon-form';
import { CouponTemplateDto } from './marketing.models';
import { CouponTemplatesPage } from './coupon-templates.page';

const threshold: CouponTemplateDto = {
  id: 'c1', platformFunded: false, name: '满100减10', description: null,
  rules: { kind: 'Threshold', amountOffFen: 1000, payPercent: 0, maxDiscountFen: 0, minSpendFen: 10000, use: 'Orders', storeIds: ['s1'], categoryCodes: [], productIds: [], newCustomer: 'None', window: null },
  validity: 'DaysAfterClaim', validFrom: null, validTo: null, validDays: 7, totalQuantity: 100, issuedCount: 3, perCustomerLimit: 1, newCustomerGift: false,
  status: 'Active', creationTime: '2026-12-01T00:00:00Z',
};
const percent: CouponTemplateDto = {
  ...threshold, id: 'c2', name: '下午茶85折',
  rules: { ...threshold.rules, kind: 'Percentage', amountOffFen: 0, payPercent: 85, maxDiscountFen: 2000, minSpendFen: 0, storeIds: [] },
  status: 'Paused',
};

describe('CouponTemplatesPage', () => {
  let http: HttpTestingController;

  function setUp(side: 'merchant' | 'platform', permissions: string[]) {
    localStorage.removeItem('locallife.admin.lang');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons), provideNzNativeDateAdapter(),
        { provide: ActivatedRoute, useValue: { snapshot: { data: { side } } } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).user.set({
      id: 'u1', userName: 'owner', displayName: '老板', kind: side === 'platform' ? 'Platform' : 'Merchant', tenantId: side === 'platform' ? null : 't',
      tenantName: null, roles: ['owner'], permissions,
    });
  }

  async function open() {
    const fixture = TestBed.createComponent(CouponTemplatesPage);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const row = (el: HTMLElement, name: string) => el.querySelector<HTMLElement>(`[data-testid=template][data-name="${name}"]`)!;

  it('lists the merchant\'s templates paged by the server, with their benefit, stores and claims', async () => {
    setUp('merchant', ['LocalLife.Marketing', 'LocalLife.Marketing.Manage']);
    const { fixture, el } = await open();
    http.expectOne('/api/admin/stores').flush([{ id: 's1', name: '国贸店' }]);
    const list = http.expectOne((r) => r.url === '/api/admin/coupon-templates');
    expect(list.request.params.get('skip')).toBe('0');
    expect(list.request.params.get('take')).toBe('20');
    list.flush({ items: [threshold, percent], totalCount: 2 });
    await fixture.whenStable();
    expect(row(el, '满100减10').querySelector('[data-testid=benefit]')!.textContent).toContain('满 100.00 减 10.00');
    expect(row(el, '满100减10').textContent).toContain('国贸店');
    expect(row(el, '满100减10').textContent).toContain('3 / 100');
    expect(row(el, '下午茶85折').querySelector('[data-testid=benefit]')!.textContent).toContain('8.5 折 最高减 20.00');
    expect(row(el, '下午茶85折').textContent).toContain('全部门店');
    expect(row(el, '下午茶85折').querySelector('[data-testid=resume]')).not.toBeNull();
  });

  it('creates a template and shows the API\'s problem when it refuses', async () => {
    setUp('merchant', ['LocalLife.Marketing', 'LocalLife.Marketing.Manage']);
    const { fixture, el } = await open();
    http.expectOne('/api/admin/stores').flush([]);
    http.expectOne((r) => r.url === '/api/admin/coupon-templates').flush({ items: [], totalCount: 0 });
    await fixture.whenStable();
    el.querySelector<HTMLElement>('[data-testid=create-template]')!.click();
    await fixture.whenStable();
    const name = document.querySelector<HTMLInputElement>('[data-testid=template-name]')!;
    name.value = '满50减5';
    name.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
    const create = http.expectOne({ method: 'POST', url: '/api/admin/coupon-templates' });
    expect(create.request.body.name).toBe('满50减5');
    expect(create.request.body.rules).toMatchObject({ kind: 'Threshold', amountOffFen: 1000, minSpendFen: 10000, payPercent: 0, newCustomer: 'None', window: null });
    create.flush({ status: 422, title: '优惠券规则无效。', code: 'LocalLife:Marketing:InvalidCouponRules' }, { status: 422, statusText: 'Unprocessable Entity' });
    await fixture.whenStable();
    expect(document.querySelector('.problem-notification')!.textContent).toContain('优惠券规则无效。');
    expect(document.querySelector('[data-testid=template-form]')).not.toBeNull();
  });

  it('on the platform side calls api/host, has no store choice, and shows the settlement', async () => {
    setUp('platform', ['LocalLife.HostMarketing']);
    const { fixture, el } = await open();
    http.expectOne((r) => r.url === '/api/host/coupon-templates').flush({ items: [{ ...percent, platformFunded: true, status: 'Active' }], totalCount: 1 });
    http.expectOne((r) => r.url === '/api/host/coupon-templates/settlement').flush([{ tenantId: 't1', tenantName: '星光KTV', used: 4, discountFen: 8000 }]);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=create-template]')).toBeNull();
    expect(row(el, '下午茶85折').querySelector('[data-testid=edit]')).toBeNull();
    const line = el.querySelector<HTMLElement>('[data-testid=coupon-settlement-line]')!;
    expect(line.textContent).toContain('星光KTV');
    expect(line.textContent).toContain('¥80.00');
  });
});

describe('couponInputOf', () => {
  it('sends only the fields of the chosen kind', () => {
    const v = { ...emptyCouponForm(), name: ' 下午茶 ', kind: 'TimeWindow' as const, windowDays: ['Monday' as const], windowFrom: '14:00', windowTo: '17:00' };
    expect(couponInputOf(v, false).rules.window).toEqual({ days: ['Monday'], from: '14:00:00', to: '17:00:00' });
    const pct = couponInputOf({ ...v, kind: 'Percentage', payPercent: 85, maxDiscountYuan: 20 }, false);
    expect(pct.rules).toMatchObject({ amountOffFen: 0, payPercent: 85, maxDiscountFen: 2000, window: null });
    expect(couponInputOf({ ...v, kind: 'NewCustomer' }, true).rules).toMatchObject({ newCustomer: 'Platform', storeIds: [] });
    expect(couponInputOf({ ...v, kind: 'BookingDeposit' }, false).rules.use).toBe('Bookings');
    expect(couponInputOf(v, false).name).toBe('下午茶');
  });
});
