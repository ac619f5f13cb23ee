import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { apiInterceptor } from '../../core/api.interceptor';
import { daysAgo, isoDay } from '../../shared/dates';
import { SettlementCard } from './settlement-card';

describe('SettlementCard', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting(), provideOAuthClient(), provideNzNativeDateAdapter()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  it("shows the platform every merchant pair's points over the last 30 days, the platform's own points named as such", async () => {
    const fixture = TestBed.createComponent(SettlementCard);
    fixture.componentRef.setInput('side', 'platform');
    await fixture.whenStable();
    http.expectOne(`/api/host/loyalty/settlement?from=${isoDay(daysAgo(29))}&to=${isoDay(daysAgo(0))}`).flush([
      { earnedAtTenantId: 't1', earnedAtName: '星光KTV', spentAtTenantId: 't2', spentAtName: '拾光咖啡', points: 1200, amountFen: 1200 },
      { earnedAtTenantId: null, earnedAtName: null, spentAtTenantId: 't1', spentAtName: '星光KTV', points: 300, amountFen: 300 },
    ]);
    await fixture.whenStable();
    const rows = [...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid=settlement-line]')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    expect(rows).toEqual([['星光KTV', '拾光咖啡', '1200', '¥12.00'], ['平台', '星光KTV', '300', '¥3.00']]);
  });
});
