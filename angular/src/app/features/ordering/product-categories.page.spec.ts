import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { apiInterceptor } from '../../core/api.interceptor';
import { AuthService } from '../../core/auth.service';
import { icons } from '../../icons';
import { ProductCategoryDto } from './ordering.models';
import { ProductCategoriesPage } from './product-categories.page';

const tea: ProductCategoryDto = { id: 'c1', storeId: 's1', code: 'tea', nameZhHans: '茶饮', nameEn: 'Tea', station: 'Bar', sort: 10, isEnabled: true };
const snacks: ProductCategoryDto = { id: 'c2', storeId: 's1', code: 'snacks', nameZhHans: '小吃', nameEn: 'Snacks', station: 'Kitchen', sort: 20, isEnabled: true };
const fruit: ProductCategoryDto = { id: 'c3', storeId: 's1', code: 'fruit', nameZhHans: '果盘', nameEn: 'Fruit', station: 'Kitchen', sort: 30, isEnabled: false };

describe('ProductCategoriesPage', () => {
  let http: HttpTestingController;

  function signIn(permissions: string[]) {
    TestBed.inject(AuthService).user.set({
      id: 'u1', userName: 'manager', displayName: '店长', kind: 'Merchant', tenantId: 't', tenantName: 'ktv-demo', roles: ['manager'],
      permissions: ['LocalLife.Stores', 'LocalLife.Menu', ...permissions],
    });
  }

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    localStorage.setItem('locallife.admin.store', 's1');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function open(list: ProductCategoryDto[]) {
    const fixture = TestBed.createComponent(ProductCategoriesPage);
    await fixture.whenStable();
    http.expectOne('/api/admin/stores').flush([{ id: 's1', name: '国贸店' }]);
    await fixture.whenStable();
    http.expectOne('/api/admin/menu/stores/s1/categories').flush(list);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const codes = (el: HTMLElement) => [...el.querySelectorAll('[data-testid=product-category]')].map((r) => r.getAttribute('data-code'));
  const row = (el: HTMLElement, code: string) => el.querySelector<HTMLElement>(`[data-testid=product-category][data-code="${code}"]`)!;

  it('lists the categories in menu order and creates one at the end of the list', async () => {
    signIn(['LocalLife.Menu.Manage']);
    const { fixture, el } = await open([snacks, tea]);
    expect(codes(el)).toEqual(['tea', 'snacks']);
    expect(row(el, 'snacks').textContent).toContain('后厨');

    el.querySelector<HTMLElement>('[data-testid=create-category]')!.click();
    await fixture.whenStable();
    const form = document.querySelector<HTMLElement>('[data-testid=category-form]')!;
    const type = (testid: string, value: string) => {
      const input = form.querySelector<HTMLInputElement>(`[data-testid=${testid}]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('category-code', 'beer');
    type('category-name-zh', '啤酒');
    type('category-name-en', 'Beer');
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
    const create = http.expectOne({ method: 'POST', url: '/api/admin/menu/categories' });
    expect(create.request.body).toEqual({ storeId: 's1', code: 'beer', nameZhHans: '啤酒', nameEn: 'Beer', station: 'Bar', sort: 30 });
    create.flush({ ...tea, id: 'c4', code: 'beer', nameZhHans: '啤酒', nameEn: 'Beer', sort: 30 });
    http.expectOne('/api/admin/menu/stores/s1/categories').flush([tea, snacks, { ...tea, id: 'c4', code: 'beer', nameZhHans: '啤酒', nameEn: 'Beer', sort: 30 }]);
    await fixture.whenStable();
    expect(codes(el)).toEqual(['tea', 'snacks', 'beer']);
  });

  it('keeps the form open with the problem shown when the code is taken', async () => {
    signIn(['LocalLife.Menu.Manage']);
    const { fixture, el } = await open([tea]);
    row(el, 'tea').querySelector<HTMLElement>('[data-testid=edit]')!.click();
    await fixture.whenStable();
    const code = document.querySelector<HTMLInputElement>('[data-testid=category-code]')!;
    expect(code.disabled).toBe(true);
    const name = document.querySelector<HTMLInputElement>('[data-testid=category-name-zh]')!;
    name.value = '现泡茶';
    name.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
    const update = http.expectOne({ method: 'PUT', url: '/api/admin/menu/categories/c1' });
    expect(update.request.body).toEqual({ nameZhHans: '现泡茶', nameEn: 'Tea', station: 'Bar', sort: 10, isEnabled: true });
    update.flush({ status: 409, title: '分类编码已存在。', code: 'LocalLife:Ordering:DuplicateCategoryCode', messages: { 'zh-Hans': '分类编码已存在。', en: 'The code is taken.' } },
      { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(document.querySelector('.problem-notification')!.textContent).toContain('分类编码已存在。');
    expect(document.querySelector('[data-testid=category-form]')).not.toBeNull();
  });

  it('moves a category up by renumbering, disables one and deletes one', async () => {
    signIn(['LocalLife.Menu.Manage']);
    const { fixture, el } = await open([tea, snacks, fruit]);
    expect(row(el, 'tea').querySelector<HTMLButtonElement>('[data-testid=up]')!.disabled).toBe(true);
    row(el, 'fruit').querySelector<HTMLElement>('[data-testid=up]')!.click();
    const fruitUp = http.expectOne({ method: 'PUT', url: '/api/admin/menu/categories/c3' });
    expect(fruitUp.request.body.sort).toBe(20);
    const snacksDown = http.expectOne({ method: 'PUT', url: '/api/admin/menu/categories/c2' });
    expect(snacksDown.request.body.sort).toBe(30);
    fruitUp.flush({ ...fruit, sort: 20 });
    snacksDown.flush({ ...snacks, sort: 30 });
    http.expectOne('/api/admin/menu/stores/s1/categories').flush([tea, { ...snacks, sort: 30 }, { ...fruit, sort: 20 }]);
    await fixture.whenStable();
    expect(codes(el)).toEqual(['tea', 'fruit', 'snacks']);

    row(el, 'tea').querySelector<HTMLElement>('[data-testid=enabled] button')!.click();
    const disable = http.expectOne({ method: 'PUT', url: '/api/admin/menu/categories/c1' });
    expect(disable.request.body.isEnabled).toBe(false);
    disable.flush({ ...tea, isEnabled: false });
    await fixture.whenStable();
    expect(row(el, 'tea').getAttribute('data-enabled')).toBe('false');

    row(el, 'fruit').querySelector<HTMLElement>('[data-testid=delete]')!.click();
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-popover .ant-btn-primary')!.click();
    http.expectOne({ method: 'DELETE', url: '/api/admin/menu/categories/c3' }).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(codes(el)).toEqual(['tea', 'snacks']);
    http.verify();
  });

  it('shows the list without create, edit or reorder to staff without Menu.Manage', async () => {
    signIn([]);
    const { el } = await open([tea, snacks]);
    expect(codes(el)).toEqual(['tea', 'snacks']);
    expect(el.querySelector('[data-testid=create-category]')).toBeNull();
    expect(el.querySelector('[data-testid=edit]')).toBeNull();
    expect(el.querySelector('[data-testid=up]')).toBeNull();
    expect(row(el, 'tea').querySelector('[data-testid=enabled] button')!.hasAttribute('disabled')).toBe(true);
  });
});
