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
import { RebateRuleDto } from './loyalty.models';
import { RebateRulesPage } from './rebate-rules.page';

const all: RebateRuleDto = {
  id: 'r1', name: '全场返积分', storeId: null, basis: 'TotalSpend', categories: [], pointsPer100Yuan: 100, validFrom: null, validTo: null, isActive: true,
};
const rooms: RebateRuleDto = {
  id: 'r2', name: '包间费双倍', storeId: 's1', basis: 'Categories', categories: ['room-fee'], pointsPer100Yuan: 200,
  validFrom: '2026-12-01T00:00:00Z', validTo: '2026-12-31T00:00:00Z', isActive: false,
};

describe('RebateRulesPage', () => {
  let http: HttpTestingController;

  function signIn(permissions: string[]) {
    TestBed.inject(AuthService).user.set({
      id: 'u1', userName: 'owner', displayName: '老板', kind: 'Merchant', tenantId: 't', tenantName: 'cafe-demo', roles: ['owner'],
      permissions: ['LocalLife.Stores', 'LocalLife.RebateRules', ...permissions],
    });
  }

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons), provideNzNativeDateAdapter()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function open() {
    const fixture = TestBed.createComponent(RebateRulesPage);
    await fixture.whenStable();
    http.expectOne('/api/admin/stores').flush([{ id: 's1', name: '国贸店' }]);
    http.expectOne('/api/admin/rebate-rules').flush([all, rooms]);
    const settlement = http.expectOne((r) => r.url === '/api/admin/rebate-rules/settlement');
    expect(settlement.request.params.get('from')).toBe(isoDay(daysAgo(29)));
    expect(settlement.request.params.get('to')).toBe(isoDay(daysAgo(0)));
    settlement.flush([
      { earnedAtTenantId: 't', earnedAtName: '咖啡小馆', spentAtTenantId: 'x', spentAtName: '星光KTV', points: 500, amountFen: 500 },
    ]);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const row = (el: HTMLElement, name: string) => el.querySelector<HTMLElement>(`[data-testid=rule][data-name="${name}"]`)!;

  it('lists rules with their store and validity, and the points that crossed to other merchants', async () => {
    signIn(['LocalLife.RebateRules.Manage']);
    const { el } = await open();
    expect(row(el, '全场返积分').textContent).toContain('全部门店');
    expect(row(el, '全场返积分').querySelector('[data-testid=validity]')!.textContent).toContain('长期有效');
    expect(row(el, '包间费双倍').textContent).toContain('国贸店');
    expect(row(el, '包间费双倍').querySelector('[data-testid=validity]')!.textContent).toMatch(/2026-12-0\d/);
    const line = el.querySelector<HTMLElement>('[data-testid=settlement-line]')!;
    expect(line.textContent).toContain('咖啡小馆');
    expect(line.textContent).toContain('星光KTV');
    expect(line.textContent).toContain('¥5.00');
  });

  it('edits a rule (rate and name) keeping its store, basis and validity', async () => {
    signIn(['LocalLife.RebateRules.Manage']);
    const { fixture, el } = await open();
    row(el, '包间费双倍').querySelector<HTMLElement>('[data-testid=edit]')!.click();
    await fixture.whenStable();
    const name = document.querySelector<HTMLInputElement>('[data-testid=rule-name]')!;
    expect(name.value).toBe('包间费双倍');
    name.value = '包间费三倍';
    name.dispatchEvent(new Event('input'));
    const rate = document.querySelector<HTMLInputElement>('[data-testid=rule-rate] input')!;
    rate.value = '300';
    rate.dispatchEvent(new Event('input'));
    rate.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
    const update = http.expectOne({ method: 'PUT', url: '/api/admin/rebate-rules/r2' });
    expect(update.request.body).toEqual({
      name: '包间费三倍', storeId: 's1', basis: 'Categories', categories: ['room-fee'], pointsPer100Yuan: 300,
      validFrom: '2026-12-01T00:00:00.000Z', validTo: '2026-12-31T00:00:00.000Z',
    });
    update.flush({ ...rooms, name: '包间费三倍', pointsPer100Yuan: 300 });
    http.expectOne('/api/admin/rebate-rules').flush([all, { ...rooms, name: '包间费三倍', pointsPer100Yuan: 300 }]);
    await fixture.whenStable();
    expect(row(el, '包间费三倍').textContent).toContain('300');
  });

  it('switches a rule off, and reloads when the API refuses', async () => {
    signIn(['LocalLife.RebateRules.Manage']);
    const { fixture, el } = await open();
    row(el, '全场返积分').querySelector<HTMLElement>('[data-testid=active] button')!.click();
    http.expectOne({ method: 'POST', url: '/api/admin/rebate-rules/r1/deactivate' })
      .flush({ status: 404, title: '规则不存在。', code: 'LocalLife:EntityNotFound' }, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/admin/rebate-rules').flush([all, rooms]);
    await fixture.whenStable();
    expect(document.querySelector('.problem-notification')!.textContent).toContain('规则不存在。');
    expect(row(el, '全场返积分').getAttribute('data-active')).toBe('true');
  });

  it('offers no create or edit without RebateRules.Manage', async () => {
    signIn([]);
    const { el } = await open();
    expect(el.querySelector('[data-testid=create-rule]')).toBeNull();
    expect(el.querySelector('[data-testid=edit]')).toBeNull();
  });
});
