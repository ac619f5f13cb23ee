import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Paged, query } from '../../shared/paged';
import { ModerationReviewDto, ReviewDto, ReviewSettingsDto, ReviewStatus } from './reviews.models';

/** Reviews: the merchant's list and replies (api/admin/reviews), the platform's moderation (api/host/reviews). */
@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  private readonly http = inject(HttpClient);

  merchantList(filter: { storeId?: string | null; status?: ReviewStatus | null; stars?: number | null; skip: number; take: number }) {
    return this.http.get<Paged<ModerationReviewDto>>('/api/admin/reviews', { params: query(filter) });
  }

  reply(id: string, text: string) {
    return this.http.put<ReviewDto>(`/api/admin/reviews/${id}/reply`, { text });
  }

  queue(filter: { status?: ReviewStatus | null; skip: number; take: number }) {
    return this.http.get<Paged<ModerationReviewDto>>('/api/host/reviews/moderation', { params: query(filter) });
  }

  approve(id: string) {
    return this.http.post<ModerationReviewDto>(`/api/host/reviews/${id}/approve`, {});
  }

  reject(id: string, reason: string) {
    return this.http.post<ModerationReviewDto>(`/api/host/reviews/${id}/reject`, { reason });
  }

  takeDown(id: string, reason: string) {
    return this.http.post<ModerationReviewDto>(`/api/host/reviews/${id}/take-down`, { reason });
  }

  settings() {
    return this.http.get<ReviewSettingsDto>('/api/host/reviews/settings');
  }

  saveSettings(settings: ReviewSettingsDto) {
    return this.http.put<ReviewSettingsDto>('/api/host/reviews/settings', settings);
  }
}
