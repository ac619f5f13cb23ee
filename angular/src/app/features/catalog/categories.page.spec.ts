import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { apiInterceptor } from '../../core/api.interceptor';
import { AuthService } from '../../core/auth.service';
import { icons } from '../../icons';
import { CategoriesPage } from './categories.page';
import { CategoryDto } from './catalog.models';

const ktv: CategoryDto = {
  id: 'k', code: 'ktv', name: 'KTV', nameZhHans: 'KTV', nameEn: 'KTV', icon: null, description: null, sortOrder: 10, isEnabled: true,
  spaceTypes: [{ code: 'small', kind: 'Room', nameZhHans: '小包', nameEn: 'Small room' }],
  productCategories: [{ code: 'drinks', nameZhHans: '酒水', nameEn: 'Drinks', station: 'bar' }],
};

describe('CategoriesPage', () => {
  let http: HttpTestingController;

  function signIn(permissions: string[]) {
    TestBed.inject(AuthService).user.set({
      id: 'a', userName: 'admin', displayName: '平台管理员', kind: 'Platform', tenantId: null, tenantName: null, roles: ['platform-admin'],
      permissions: ['LocalLife.Categories', ...permissions],
    });
  }

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons)],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function open() {
    const fixture = TestBed.createComponent(CategoriesPage);
    await fixture.whenStable();
    http.expectOne('/api/host/categories').flush([ktv]);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const type = (selector: string, value: string, root: ParentNode = document) => {
    const input = root.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('creates a category with a space type and a menu template, disabled by default', async () => {
    signIn(['LocalLife.Categories.Manage']);
    const { fixture, el } = await open();
    expect(el.querySelector('[data-category=ktv]')!.textContent).toContain('酒水 · 吧台');
    el.querySelector<HTMLElement>('[data-testid=create-category]')!.click();
    await fixture.whenStable();
    type('[data-testid=code]', 'nails');
    type('[data-testid=name-zh]', '美甲');
    type('[data-testid=name-en]', 'Nails');
    type('[data-testid=st-code]', 'seat');
    type('[data-testid=st-name-zh]', '美甲位');
    type('[data-testid=st-name-en]', 'Seat');
    type('[data-testid=pc-code]', 'care');
    type('[data-testid=pc-name-zh]', '护理');
    type('[data-testid=pc-name-en]', 'Care');
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
    const create = http.expectOne({ method: 'POST', url: '/api/host/categories' });
    expect(create.request.body).toEqual({
      code: 'nails', nameZhHans: '美甲', nameEn: 'Nails', icon: null, description: null, sortOrder: 20, isEnabled: false,
      spaceTypes: [{ code: 'seat', kind: 'Room', nameZhHans: '美甲位', nameEn: 'Seat' }],
      productCategories: [{ code: 'care', nameZhHans: '护理', nameEn: 'Care', station: 'bar' }],
    });
    create.flush({ ...ktv, code: 'nails' }, { status: 201, statusText: 'Created' });
    http.expectOne('/api/host/categories').flush([ktv, { ...ktv, id: 'n', code: 'nails', nameZhHans: '美甲', isEnabled: false }]);
    await fixture.whenStable();
    expect(el.querySelector('[data-category=nails] [data-testid=name]')!.textContent).toBe('美甲');
  });

  it('edits a category by its code (which stays fixed) and shows the API problem when the change is refused', async () => {
    signIn(['LocalLife.Categories.Manage']);
    const { fixture, el } = await open();
    el.querySelector<HTMLElement>('[data-category=ktv] [data-testid=edit]')!.click();
    await fixture.whenStable();
    expect(document.querySelector<HTMLInputElement>('[data-testid=code]')!.disabled).toBe(true);
    expect(document.querySelectorAll('[data-testid=space-type-row]').length).toBe(1);
    type('[data-testid=name-zh]', 'KTV 量贩');
    document.querySelector<HTMLElement>('[data-testid=add-space-type]')!.click();
    await fixture.whenStable();
    const rows = document.querySelectorAll<HTMLElement>('[data-testid=space-type-row]');
    type('[data-testid=st-code]', 'big', rows[1]);
    type('[data-testid=st-name-zh]', '大包', rows[1]);
    type('[data-testid=st-name-en]', 'Big room', rows[1]);
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
    const update = http.expectOne({ method: 'PUT', url: '/api/host/categories/ktv' });
    expect(update.request.body.nameZhHans).toBe('KTV 量贩');
    expect(update.request.body.spaceTypes.map((t: { code: string }) => t.code)).toEqual(['small', 'big']);
    expect(update.request.body.code).toBeUndefined();
    update.flush({ status: 400, title: '请求无效。', code: 'LocalLife:Validation', errors: { 'SpaceTypes[1].Code': ['Invalid code.'] } },
      { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(document.querySelector('.problem-notification')!.textContent).toContain('SpaceTypes[1].Code: Invalid code.');
    expect(document.querySelector('[data-testid=category-form]')).not.toBeNull();
  });

  it('offers no create or edit to an operator without Categories.Manage', async () => {
    signIn([]);
    const { el } = await open();
    expect(el.querySelector('[data-testid=create-category]')).toBeNull();
    expect(el.querySelector('[data-testid=edit]')).toBeNull();
  });
});
