import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { apiInterceptor } from '../../core/api.interceptor';
import { AuthService } from '../../core/auth.service';
import { icons } from '../../icons';
import { PrintersPage } from './printers.page';
import { PrinterDto } from './printing.models';

const bar: PrinterDto = {
  id: 'p1', storeId: 's1', name: '吧台打印机', connection: 'Network', address: '192.168.1.50', port: 9100, kind: 'KitchenTicket', station: 'Bar',
  state: 'Ok', lastError: null, lastPrintedAt: '2026-11-25T12:00:00Z',
};
const front: PrinterDto = {
  id: 'p2', storeId: 's1', name: '前台小票机', connection: 'Network', address: '192.168.1.51', port: 9100, kind: 'Receipt', station: null,
  state: 'Error', lastError: 'Connection refused', lastPrintedAt: null,
};

describe('PrintersPage', () => {
  let http: HttpTestingController;

  function signIn(permissions: string[]) {
    TestBed.inject(AuthService).user.set({
      id: 'u1', userName: 'manager', displayName: '店长', kind: 'Merchant', tenantId: 't', tenantName: 'ktv-demo', roles: ['manager'],
      permissions: ['LocalLife.Stores', ...permissions],
    });
  }

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    localStorage.setItem('locallife.admin.store', 's1');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons)],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function open(list: PrinterDto[] = [bar, front]) {
    const fixture = TestBed.createComponent(PrintersPage);
    await fixture.whenStable();
    http.expectOne('/api/admin/stores').flush([{ id: 's1', name: '国贸店' }]);
    await fixture.whenStable();
    http.expectOne('/api/admin/printers?storeId=s1').flush(list);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const row = (el: HTMLElement, name: string) => el.querySelector<HTMLElement>(`[data-testid=printer][data-name="${name}"]`)!;

  it('lists the store printers with a green OK badge and a red error badge with the last error', async () => {
    signIn(['LocalLife.Printers', 'LocalLife.Printers.Manage']);
    const { el } = await open();
    const ok = row(el, '吧台打印机');
    expect(ok.textContent).toMatch(/出品单\s*·\s*吧台/);
    expect(ok.textContent).toContain('192.168.1.50:9100');
    expect(ok.querySelector('[data-testid=state]')!.textContent!.trim()).toBe('正常');
    expect(ok.querySelector('nz-tag')!.classList).toContain('ant-tag-green');
    expect(ok.querySelector('[data-testid=last-error]')).toBeNull();
    const failed = row(el, '前台小票机');
    expect(failed.querySelector('[data-testid=state]')!.textContent!.trim()).toBe('故障');
    expect(failed.querySelector('nz-tag')!.classList).toContain('ant-tag-red');
    expect(failed.querySelector('[data-testid=last-error]')!.textContent).toBe('Connection refused');
    expect(el.querySelector('[data-testid=add-printer]')).not.toBeNull();
  });

  it('shows the API problem message when a test print fails, and reloads the printer into its error state', async () => {
    signIn(['LocalLife.Printers', 'LocalLife.Printers.Manage']);
    const { fixture, el } = await open([bar]);
    row(el, '吧台打印机').querySelector<HTMLElement>('[data-testid=test]')!.click();
    http.expectOne({ method: 'POST', url: '/api/admin/printers/p1/test' }).flush(
      { status: 502, title: '无法连接打印机。', code: 'LocalLife:Printing:PrinterUnreachable', messages: { 'zh-Hans': '无法连接打印机。', en: 'The printer could not be reached.' } },
      { status: 502, statusText: 'Bad Gateway' });
    http.expectOne('/api/admin/printers?storeId=s1').flush([{ ...bar, state: 'Error', lastError: 'Connection refused' }]);
    await fixture.whenStable();
    const r = row(el, '吧台打印机');
    expect(r.querySelector('[data-testid=test-result]')!.getAttribute('data-ok')).toBe('false');
    expect(r.querySelector('[data-testid=test-result]')!.textContent).toContain('无法连接打印机。');
    expect(r.getAttribute('data-state')).toBe('Error');
    expect(r.querySelector('[data-testid=last-error]')!.textContent).toBe('Connection refused');
    http.verify();
  });

  it('shows a successful test print, and adds a network printer on port 9100 by default', async () => {
    signIn(['LocalLife.Printers', 'LocalLife.Printers.Manage']);
    const { fixture, el } = await open([front]);
    row(el, '前台小票机').querySelector<HTMLElement>('[data-testid=test]')!.click();
    http.expectOne({ method: 'POST', url: '/api/admin/printers/p2/test' }).flush({ ...front, state: 'Ok', lastError: null });
    await fixture.whenStable();
    expect(row(el, '前台小票机').querySelector('[data-testid=test-result]')!.textContent).toContain('测试页已打印');
    expect(row(el, '前台小票机').getAttribute('data-state')).toBe('Ok');

    el.querySelector<HTMLElement>('[data-testid=add-printer]')!.click();
    await fixture.whenStable();
    const form = document.querySelector<HTMLElement>('[data-testid=printer-form]')!;
    const type = (testid: string, value: string) => {
      const input = form.querySelector<HTMLInputElement>(`[data-testid=${testid}]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('printer-name', '后厨打印机');
    type('printer-host', '192.168.1.60');
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
    const create = http.expectOne({ method: 'POST', url: '/api/admin/printers' });
    expect(create.request.body).toEqual({ storeId: 's1', name: '后厨打印机', connection: 'Network', address: '192.168.1.60', port: 9100, kind: 'KitchenTicket', station: 'Bar' });
    create.flush({ ...bar, id: 'p3', name: '后厨打印机' });
    http.expectOne('/api/admin/printers?storeId=s1').flush([front]);
  });

  it('offers no add or test print without Printers.Manage', async () => {
    signIn(['LocalLife.Printers']);
    const { el } = await open();
    expect(el.querySelector('[data-testid=add-printer]')).toBeNull();
    expect(el.querySelector('[data-testid=test]')).toBeNull();
  });
});
