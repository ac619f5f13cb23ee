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
import { MenuPage } from './menu.page';
import { ProductCategoryDto, ProductDto } from './ordering.models';

const tea: ProductCategoryDto = { id: 'c1', storeId: 's1', code: 'tea', nameZhHans: '茶饮', nameEn: 'Tea', station: 'Bar', sort: 10, isEnabled: true };
const snacks: ProductCategoryDto = { id: 'c2', storeId: 's1', code: 'snacks', nameZhHans: '小吃', nameEn: 'Snacks', station: 'Kitchen', sort: 20, isEnabled: true };
const photo = (name: string) => `http://127.0.0.1:5101/api/media/images/t1/${name}.png`;
const mango: ProductDto = {
  id: 'p1', storeId: 's1', categoryId: 'c1', name: '芒果茶', nameEn: 'Mango tea', description: '鲜芒果', images: [photo('a'), photo('b')], tags: ['hot'],
  priceFen: 1800, originalPriceFen: null, memberPriceFen: 1600, promotionPriceFen: null, promotionEndsAt: null,
  specs: [{ code: 'size', name: '杯型', required: true, multiple: false, options: [{ code: 'm', name: '中杯', deltaFen: 0 }, { code: 'l', name: '大杯', deltaFen: 300 }] }],
  stock: 20, stockWarning: 5, stockLow: false, status: 'OnSale', isSoldOut: false, recommended: true, prepMinutes: 5, ownStation: null, station: 'Bar', sort: 10, combo: null,
};

describe('MenuPage product editor', () => {
  let http: HttpTestingController;

  function signIn(permissions: string[]) {
    TestBed.inject(AuthService).user.set({
      id: 'u1', userName: 'manager', displayName: '店长', kind: 'Merchant', tenantId: 't', tenantName: 'cafe-demo', roles: ['manager'],
      permissions: ['LocalLife.Stores', 'LocalLife.Menu', ...permissions],
    });
  }

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    localStorage.setItem('locallife.admin.store', 's1');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons), provideRouter([]),
        provideNzNativeDateAdapter()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  function flushMenu(products: ProductDto[]) {
    http.expectOne('/api/admin/menu/stores/s1/categories').flush([tea, snacks]);
    http.expectOne((r) => r.url === '/api/admin/menu/products' && r.params.get('storeId') === 's1').flush(products);
  }

  async function open(products: ProductDto[]) {
    const fixture = TestBed.createComponent(MenuPage);
    await fixture.whenStable();
    http.expectOne('/api/admin/stores').flush([{ id: 's1', name: '国贸店' }]);
    await fixture.whenStable();
    flushMenu(products);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  /** Types into an input, or into the input inside a zorro control (nz-input-number) with that test id. */
  const type = (testid: string, value: string, root: ParentNode = document) => {
    const target = root.querySelector<HTMLElement>(`[data-testid=${testid}]`)!;
    const input = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target : target.querySelector('input')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const click = (testid: string, root: ParentNode = document) => root.querySelector<HTMLElement>(`[data-testid=${testid}]`)!.click();
  const all = (testid: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid=${testid}]`)];

  function choosePhoto(file: File) {
    const input = document.querySelector<HTMLInputElement>('[data-testid=photo-input]')!;
    const files = new DataTransfer();
    files.items.add(file);
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
  }
  const png = (name = 'tea.png', size = 68) => new File([new Uint8Array(size)], name, { type: 'image/png' });

  it('creates a product with an uploaded photo (the cover), a member price and a spec group with price deltas', async () => {
    signIn(['LocalLife.Menu.Manage']);
    const { fixture, el } = await open([]);
    click('create-product', el);
    await fixture.whenStable();
    type('product-name', '柠檬茶');
    type('product-price', '18');
    type('member-price', '15');
    choosePhoto(png());
    const upload = http.expectOne({ method: 'POST', url: '/api/admin/media/images' });
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    upload.flush({ url: '/api/media/images/t1/lemon.png', contentType: 'image/png', sizeBytes: 68 }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(all('photo').map((p) => p.querySelector('img')!.src)).toEqual([`${location.origin}/api/media/images/t1/lemon.png`]);
    expect(all('photo')[0].textContent).toContain('封面');

    click('add-group');
    await fixture.whenStable();
    type('group-name', '杯型');
    type('option-name', '中杯');
    click('add-option');
    await fixture.whenStable();
    const second = all('spec-option')[1];
    type('option-name', '大杯', second);
    type('option-delta', '3', second);
    await fixture.whenStable();
    click('save-product');
    const create = http.expectOne({ method: 'POST', url: '/api/admin/menu/products' });
    expect(create.request.body).toEqual({
      storeId: 's1', categoryId: 'c1', name: '柠檬茶', nameEn: null, description: null, images: ['/api/media/images/t1/lemon.png'],
      tags: [], priceFen: 1800, originalPriceFen: null, memberPriceFen: 1500, promotionPriceFen: null, promotionEndsAt: null,
      specs: [{ code: 'g1', name: '杯型', required: false, multiple: false, options: [{ code: 'o1', name: '中杯', deltaFen: 0 }, { code: 'o2', name: '大杯', deltaFen: 300 }] }],
      stock: null, stockWarning: 5, recommended: false, prepMinutes: 5, station: null, sort: 0,
    });
    const created: ProductDto = { ...mango, id: 'p9', name: '柠檬茶', images: create.request.body.images, recommended: false };
    create.flush(created, { status: 201, statusText: 'Created' });
    flushMenu([created]);
    await fixture.whenStable();
    expect(el.querySelector<HTMLImageElement>('[data-product=柠檬茶] [data-testid=cover]')!.getAttribute('src')).toBe(created.images[0]);
    expect(document.querySelector('.ant-drawer-open')).toBeNull();
    http.verify();
  });

  it('edits a product: reorders its photos, changes the price and sends the whole product by PUT', async () => {
    signIn(['LocalLife.Menu.Manage', 'LocalLife.Menu.Stock']);
    const { fixture, el } = await open([mango]);
    expect(el.querySelector<HTMLImageElement>('[data-product=芒果茶] [data-testid=cover]')!.src).toBe(photo('a'));
    click('edit-product', el.querySelector('[data-product=芒果茶]')!);
    await fixture.whenStable();
    expect(document.querySelector<HTMLInputElement>('[data-testid=product-name]')!.value).toBe('芒果茶');
    expect(all('option-name').map((i) => (i as HTMLInputElement).value)).toEqual(['中杯', '大杯']);
    click('photo-right', all('photo')[0]);
    await fixture.whenStable();
    expect(all('photo').map((p) => p.getAttribute('data-url'))).toEqual([photo('b'), photo('a')]);
    type('product-price', '22');
    await fixture.whenStable();
    click('save-product');
    const update = http.expectOne({ method: 'PUT', url: '/api/admin/menu/products/p1' });
    expect(update.request.body).toEqual({
      storeId: 's1', categoryId: 'c1', name: '芒果茶', nameEn: 'Mango tea', description: '鲜芒果', images: [photo('b'), photo('a')], tags: ['hot'],
      priceFen: 2200, originalPriceFen: null, memberPriceFen: 1600, promotionPriceFen: null, promotionEndsAt: null, specs: mango.specs,
      stock: 20, stockWarning: 5, recommended: true, prepMinutes: 5, station: null, sort: 10,
    });
    update.flush({ ...mango, priceFen: 2200, images: [photo('b'), photo('a')] });
    await fixture.whenStable();
    expect(el.querySelector('[data-product=芒果茶]')!.textContent).toContain('¥22.00');
    expect(el.querySelector<HTMLImageElement>('[data-product=芒果茶] [data-testid=cover]')!.src).toBe(photo('b'));
    http.verify();
  });

  it('refuses a member price above the price and duplicate option codes before calling the API', async () => {
    signIn(['LocalLife.Menu.Manage']);
    const { fixture, el } = await open([]);
    click('create-product', el);
    await fixture.whenStable();
    type('product-name', '柠檬茶');
    type('product-price', '10');
    type('member-price', '12');
    click('add-group');
    await fixture.whenStable();
    type('group-name', '温度');
    type('option-name', '热');
    click('add-option');
    await fixture.whenStable();
    const second = all('spec-option')[1];
    type('option-name', '冰', second);
    type('option-code', 'o1', second);
    await fixture.whenStable();
    click('save-product');
    await fixture.whenStable();
    http.expectNone({ method: 'POST', url: '/api/admin/menu/products' });
    expect(document.querySelector('[data-testid=member-price-control]')!.textContent).toContain('不能高于售价');
    expect(document.querySelector('[data-testid=spec-error]')!.textContent).toContain('编码重复');

    type('product-price', '12'); // a member price equal to the price is fine
    type('option-code', 'ice', second);
    await fixture.whenStable();
    click('save-product');
    const create = http.expectOne({ method: 'POST', url: '/api/admin/menu/products' });
    expect(create.request.body.memberPriceFen).toBe(1200);
    expect(create.request.body.specs[0].options.map((o: { code: string }) => o.code)).toEqual(['o1', 'ice']);
  });

  it('shows the API problem when a picture is refused, and refuses a too large file without sending it', async () => {
    signIn(['LocalLife.Menu.Manage']);
    const { fixture, el } = await open([]);
    click('create-product', el);
    await fixture.whenStable();
    choosePhoto(png('fake.png'));
    http.expectOne({ method: 'POST', url: '/api/admin/media/images' }).flush(
      { status: 422, title: '文件不是 JPEG、PNG 或 WebP 图片。', code: 'LocalLife:Media:NotAnImage',
        messages: { 'zh-Hans': '文件不是 JPEG、PNG 或 WebP 图片。', en: 'The file is not a JPEG, PNG or WebP picture.' } },
      { status: 422, statusText: 'Unprocessable Entity' });
    await fixture.whenStable();
    expect(document.querySelector('.problem-notification')!.textContent).toContain('文件不是 JPEG、PNG 或 WebP 图片。');
    expect(all('photo')).toEqual([]);

    choosePhoto(png('huge.png', 5 * 1024 * 1024 + 1));
    await fixture.whenStable();
    http.expectNone({ method: 'POST', url: '/api/admin/media/images' });
    expect(document.querySelector('.ant-message')!.textContent).toContain('huge.png');
    expect(document.querySelector<HTMLButtonElement>('[data-testid=save-product]')!.disabled).toBe(false);
  });

  it('offers no create or edit to staff without Menu.Manage', async () => {
    signIn(['LocalLife.Menu.Stock']);
    const { el } = await open([mango]);
    expect(el.querySelector('[data-testid=create-product]')).toBeNull();
    expect(el.querySelector('[data-testid=edit-product]')).toBeNull();
    expect(el.querySelector('[data-product=芒果茶]')!.textContent).toContain('补货');
  });
});
