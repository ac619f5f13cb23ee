import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { LoyaltySettingsDto, RebateRuleDto, SaveRebateRuleDto, SettlementLineDto } from './loyalty.models';

/** Platform points rules and member levels (api/host/loyalty) and the merchant's rebate rules (api/admin/rebate-rules). */
@Injectable({ providedIn: 'root' })
export class LoyaltyApi {
  private readonly http = inject(HttpClient);

  settings() {
    return this.http.get<LoyaltySettingsDto>('/api/host/loyalty/settings');
  }

  saveSettings(input: LoyaltySettingsDto) {
    return this.http.put<LoyaltySettingsDto>('/api/host/loyalty/settings', input);
  }

  rebateRules() {
    return this.http.get<RebateRuleDto[]>('/api/admin/rebate-rules');
  }

  createRebateRule(input: SaveRebateRuleDto) {
    return this.http.post<RebateRuleDto>('/api/admin/rebate-rules', input);
  }

  updateRebateRule(id: string, input: SaveRebateRuleDto) {
    return this.http.put<RebateRuleDto>(`/api/admin/rebate-rules/${id}`, input);
  }

  /** Points issued here and spent at another merchant (and the reverse), between two report days (yyyy-MM-dd). */
  settlement(from: string, to: string) {
    return this.http.get<SettlementLineDto[]>('/api/admin/rebate-rules/settlement', { params: { from, to } });
  }

  /** Platform: the points that crossed merchants, every tenant. */
  hostSettlement(from: string, to: string) {
    return this.http.get<SettlementLineDto[]>('/api/host/loyalty/settlement', { params: { from, to } });
  }

  setRebateRuleActive(id: string, active: boolean) {
    return this.http.post<RebateRuleDto>(`/api/admin/rebate-rules/${id}/${active ? 'activate' : 'deactivate'}`, {});
  }
}
