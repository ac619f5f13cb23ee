import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { apiInterceptor } from '../../core/api.interceptor';
import { AuthService } from '../../core/auth.service';
import { icons } from '../../icons';
import { ModerationReviewDto } from './reviews.models';
import { StoreReviewsPage } from './store-reviews.page';

const published: ModerationReviewDto = {
  review: {
    id: 'r1', storeId: 's1', storeName: '国贸店', sourceKind: 'Booking', sourceId: 'b1', stars: 3, text: '上菜有点慢', tags: [], images: [],
    status: 'Published', rejectionReason: null, submittedAt: '2026-11-25T12:00:00Z', publishedAt: '2026-11-25T12:00:00Z', reply: null,
  },
  tenantId: 't1', customerId: 'c1', machineVerdict: 'Pass', machineLabel: 100, flags: [], decision: null, moderatorId: null, moderatedAt: null,
};

describe('StoreReviewsPage', () => {
  let http: HttpTestingController;

  function signIn(permissions: string[]) {
    TestBed.inject(AuthService).user.set({
      id: 'u1', userName: 'manager', displayName: '店长', kind: 'Merchant', tenantId: 't1', tenantName: 'ktv-demo', roles: ['manager'],
      permissions: ['LocalLife.Stores', 'LocalLife.Reviews', ...permissions],
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

  async function open() {
    const fixture = TestBed.createComponent(StoreReviewsPage);
    await fixture.whenStable();
    http.expectOne('/api/admin/stores').flush([{ id: 's1', name: '国贸店' }]);
    await fixture.whenStable();
    http.expectOne('/api/admin/reviews?storeId=s1&skip=0&take=20').flush({ items: [published], totalCount: 1 });
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('replies to a published review and shows the reply under it', async () => {
    signIn(['LocalLife.Reviews.Reply']);
    const { fixture, el } = await open();
    const row = el.querySelector<HTMLElement>('[data-testid=review][data-id="r1"]')!;
    expect(row.textContent).toContain('预订');
    row.querySelector<HTMLElement>('[data-testid=reply-button]')!.click();
    await fixture.whenStable();
    const text = document.querySelector<HTMLTextAreaElement>('[data-testid=reply-text]')!;
    text.value = '感谢反馈，已加派人手';
    text.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
    const put = http.expectOne({ method: 'PUT', url: '/api/admin/reviews/r1/reply' });
    expect(put.request.body).toEqual({ text: '感谢反馈，已加派人手' });
    put.flush({ ...published.review, reply: { text: '感谢反馈，已加派人手', repliedAt: '2026-11-25T13:00:00Z', editedAt: null } });
    await fixture.whenStable();
    const updated = el.querySelector<HTMLElement>('[data-testid=review][data-id="r1"]')!;
    expect(updated.querySelector('[data-testid=reply-button]')!.textContent).toContain('修改回复');
    expect(updated.querySelector('app-review-content [data-testid=reply]')!.textContent).toContain('感谢反馈，已加派人手');
  });

  it('filters by stars and offers no reply without Reviews.Reply', async () => {
    signIn([]);
    const { fixture, el } = await open();
    expect(el.querySelector('[data-testid=reply-button]')).toBeNull();
    (fixture.componentInstance as unknown as { stars: number | null }).stars = 1;
    (fixture.componentInstance as unknown as { filter(): void }).filter();
    http.expectOne('/api/admin/reviews?storeId=s1&stars=1&skip=0&take=20').flush({ items: [], totalCount: 0 });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=review]')).toBeNull();
  });
});
