import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { AuthService } from '../core/auth.service';
import { I18nService } from '../core/i18n.service';
import { icons } from '../icons';
import { layoutTexts } from './layout.texts';
import { Shell } from './shell';

describe('Shell', () => {
  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideOAuthClient(), provideRouter([]), provideNzIcons(icons)] });
    TestBed.inject(I18nService).register(layoutTexts);
  });

  it('shows a waiter only the merchant pages its permissions open, with its tenant', async () => {
    TestBed.inject(AuthService).user.set({
      id: '1', userName: 'waiter', displayName: '服务员', kind: 'Merchant', tenantId: 't', tenantName: 'cafe-demo', roles: ['waiter'],
      permissions: ['LocalLife.Stores', 'LocalLife.Spaces', 'LocalLife.Bookings', 'LocalLife.Orders', 'LocalLife.Menu'],
    });
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;

    const items = [...el.querySelectorAll('.side-menu li')].map((li) => li.textContent!.trim());
    expect(items).toEqual(['门店', '包间状态', '视频', '前台预订', '订单接单', '菜单与库存']);
    expect(el.querySelector('[data-testid=tenant-name]')!.textContent).toBe('cafe-demo');
  });

  it('switches the menu to English', async () => {
    TestBed.inject(AuthService).user.set({
      id: '1', userName: 'operator', displayName: '运营', kind: 'Platform', tenantId: null, tenantName: null, roles: ['operator'],
      permissions: ['LocalLife.Tenants', 'LocalLife.Categories', 'LocalLife.Loyalty', 'LocalLife.Stores'],
    });
    const fixture = TestBed.createComponent(Shell);
    TestBed.inject(I18nService).setLang('en');
    await fixture.whenStable();

    const items = [...(fixture.nativeElement as HTMLElement).querySelectorAll('.side-menu li')].map((li) => li.textContent!.trim());
    expect(items).toEqual(['Platform dashboard', 'Tenants', 'Categories', 'Points & levels']);
  });
});
