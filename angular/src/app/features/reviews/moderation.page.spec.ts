import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { apiInterceptor } from '../../core/api.interceptor';
import { AuthService } from '../../core/auth.service';
import { icons } from '../../icons';
import { ReviewModerationPage } from './moderation.page';
import { ModerationReviewDto, ReviewDto } from './reviews.models';

const base: ReviewDto = {
  id: 'r1', storeId: 's1', storeName: '国贸店', sourceKind: 'Order', sourceId: 'o1', stars: 2, text: '音响有杂音', tags: ['good-service'], images: [],
  status: 'Pending', rejectionReason: null, submittedAt: '2026-11-25T12:00:00Z', publishedAt: null, reply: null,
};
const pending: ModerationReviewDto = {
  review: base, tenantId: 't1', customerId: 'c1', machineVerdict: 'Review', machineLabel: 21000, flags: ['wechat-review'],
  decision: null, moderatorId: null, moderatedAt: null,
};
const published: ModerationReviewDto = {
  ...pending, machineVerdict: 'Pass', machineLabel: 100, flags: [],
  review: { ...base, id: 'r2', storeName: '茶馆', text: '很好', stars: 5, status: 'Published', publishedAt: '2026-11-25T12:00:00Z' },
};

describe('ReviewModerationPage', () => {
  let http: HttpTestingController;

  function signIn(permissions: string[]) {
    TestBed.inject(AuthService).user.set({
      id: 'u1', userName: 'operator', displayName: '运营', kind: 'Platform', tenantId: null, tenantName: null, roles: ['operator'], permissions,
    });
  }

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzIcons(icons)],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function open(items = [pending, published]) {
    const fixture = TestBed.createComponent(ReviewModerationPage);
    await fixture.whenStable();
    http.expectOne('/api/host/reviews/moderation?skip=0&take=20').flush({ items, totalCount: items.length });
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const row = (el: HTMLElement, id: string) => el.querySelector<HTMLElement>(`[data-testid=review][data-id="${id}"]`)!;

  it('shows each review with WeChat’s verdict and the flags that held it, and the actions its status allows', async () => {
    signIn(['LocalLife.ReviewModeration']);
    const { el } = await open();
    const held = row(el, 'r1');
    expect(held.textContent).toContain('国贸店');
    expect(held.querySelector('[data-testid=review-text]')!.textContent).toBe('音响有杂音');
    expect(held.querySelector('[data-testid=stars]')!.getAttribute('data-stars')).toBe('2');
    expect(held.querySelector('[data-testid=review-tag]')!.textContent!.trim()).toBe('服务好');
    expect(held.querySelector('[data-testid=verdict]')!.textContent).toBe('建议人审');
    expect(held.querySelector('[data-testid=flag]')!.textContent!.trim()).toBe('微信建议人审');
    expect(held.querySelector('[data-testid=status]')!.textContent!.trim()).toBe('待审核');
    expect(held.querySelector('[data-testid=approve]')).not.toBeNull();
    expect(held.querySelector('[data-testid=reject]')).not.toBeNull();
    expect(held.querySelector('[data-testid=take-down]')).toBeNull();
    const live = row(el, 'r2');
    expect(live.querySelector('[data-testid=approve]')).toBeNull();
    expect(live.querySelector('[data-testid=take-down]')).not.toBeNull();
    expect(el.querySelector('[data-testid=words]')).toBeNull();
  });

  it('approves a pending review in place', async () => {
    signIn(['LocalLife.ReviewModeration']);
    const { fixture, el } = await open();
    row(el, 'r1').querySelector<HTMLElement>('[data-testid=approve]')!.click();
    http.expectOne({ method: 'POST', url: '/api/host/reviews/r1/approve' })
      .flush({ ...pending, decision: 'Approved', review: { ...base, status: 'Published', publishedAt: '2026-11-25T12:05:00Z' } });
    await fixture.whenStable();
    expect(row(el, 'r1').getAttribute('data-status')).toBe('Published');
    expect(row(el, 'r1').textContent).toContain('人工通过');
    http.verify();
  });

  it('takes a published review down only with a reason', async () => {
    signIn(['LocalLife.ReviewModeration']);
    const { fixture, el } = await open();
    row(el, 'r2').querySelector<HTMLElement>('[data-testid=take-down]')!.click();
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
    http.expectNone('/api/host/reviews/r2/take-down');
    const reason = document.querySelector<HTMLTextAreaElement>('[data-testid=refusal-reason]')!;
    reason.value = '与实际消费不符';
    reason.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
    const call = http.expectOne({ method: 'POST', url: '/api/host/reviews/r2/take-down' });
    expect(call.request.body).toEqual({ reason: '与实际消费不符' });
    call.flush({ ...published, decision: 'TakenDown', review: { ...published.review, status: 'Rejected', rejectionReason: '与实际消费不符' } });
    await fixture.whenStable();
    expect(row(el, 'r2').getAttribute('data-status')).toBe('Rejected');
    expect(row(el, 'r2').querySelector('[data-testid=reason]')!.textContent).toBe('与实际消费不符');
  });

  it('edits the word lists one word per line with ReviewModeration.Settings', async () => {
    signIn(['LocalLife.ReviewModeration', 'LocalLife.ReviewModeration.Settings']);
    const { fixture, el } = await open([]);
    el.querySelector<HTMLElement>('[data-testid=words]')!.click();
    http.expectOne('/api/host/reviews/settings').flush({ blockedWords: ['毒品'], suspiciousWords: ['返现'] });
    await fixture.whenStable();
    const blocked = document.querySelector<HTMLTextAreaElement>('[data-testid=blocked-words]')!;
    expect(blocked.value).toBe('毒品');
    blocked.value = '毒品\n 赌博 \n\n';
    blocked.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    document.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
    const save = http.expectOne({ method: 'PUT', url: '/api/host/reviews/settings' });
    expect(save.request.body).toEqual({ blockedWords: ['毒品', '赌博'], suspiciousWords: ['返现'] });
    save.flush(save.request.body);
  });
});
