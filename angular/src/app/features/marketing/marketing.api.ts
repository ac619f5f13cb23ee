import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Paged, query } from '../../shared/paged';
import {
  ActivityDto, ActivityReportDto, ActivityStatus, CouponTemplateDto, CouponTemplateReportDto, CouponTemplateStatus, MarketingSide,
  PlatformCouponSettlementDto, SaveActivityDto, SaveCouponTemplateDto,
} from './marketing.models';

/** Coupon templates (api/admin/coupon-templates for a merchant, api/host/coupon-templates for the platform) and activities (api/admin/activities). */
@Injectable({ providedIn: 'root' })
export class MarketingApi {
  private readonly http = inject(HttpClient);

  private templatesUrl(side: MarketingSide): string {
    return side === 'platform' ? '/api/host/coupon-templates' : '/api/admin/coupon-templates';
  }

  templates(side: MarketingSide, input: { status?: CouponTemplateStatus | null; skip: number; take: number }) {
    return this.http.get<Paged<CouponTemplateDto>>(this.templatesUrl(side), { params: query(input) });
  }

  createTemplate(side: MarketingSide, input: SaveCouponTemplateDto) {
    return this.http.post<CouponTemplateDto>(this.templatesUrl(side), input);
  }

  updateTemplate(side: MarketingSide, id: string, input: SaveCouponTemplateDto) {
    return this.http.put<CouponTemplateDto>(`${this.templatesUrl(side)}/${id}`, input);
  }

  /** Pause (stop issuing), resume, or end for good. */
  changeTemplate(side: MarketingSide, id: string, action: 'pause' | 'resume' | 'end') {
    return this.http.post<CouponTemplateDto>(`${this.templatesUrl(side)}/${id}/${action}`, {});
  }

  templateReport(side: MarketingSide, id: string) {
    return this.http.get<CouponTemplateReportDto>(`${this.templatesUrl(side)}/${id}/report`);
  }

  /** Platform: what it owes each merchant for platform-funded coupons redeemed there over a period. */
  settlement(from: string, to: string) {
    return this.http.get<PlatformCouponSettlementDto[]>('/api/host/coupon-templates/settlement', { params: { from, to } });
  }

  activities(input: { status?: ActivityStatus | null; skip: number; take: number }) {
    return this.http.get<Paged<ActivityDto>>('/api/admin/activities', { params: query(input) });
  }

  createActivity(input: SaveActivityDto) {
    return this.http.post<ActivityDto>('/api/admin/activities', input);
  }

  updateActivity(id: string, input: SaveActivityDto) {
    return this.http.put<ActivityDto>(`/api/admin/activities/${id}`, input);
  }

  changeActivity(id: string, action: 'pause' | 'resume' | 'end') {
    return this.http.post<ActivityDto>(`/api/admin/activities/${id}/${action}`, {});
  }

  activityReport(id: string) {
    return this.http.get<ActivityReportDto>(`/api/admin/activities/${id}/report`);
  }
}
