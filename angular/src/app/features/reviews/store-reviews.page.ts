import { DatePipe } from '@angular/common';
import { Component, inject, signal } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { CurrentStoreService } from '../../shared/current-store.service';
import { StoreSelect } from '../../shared/store-select';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { ReviewContent } from './review-content';
import { ReviewsApi } from './reviews.api';
import { ModerationReviewDto, ReviewStatus } from './reviews.models';
import { reviewsTexts } from './reviews.texts';

/** Merchant: the chosen store's reviews (filter by status and stars) and the one reply per published review, editable. */
@Component({
  selector: 'app-store-reviews-page',
  imports: [...PAGE_IMPORTS, DatePipe, StoreSelect, ReviewContent],
  templateUrl: './store-reviews.page.html',
})
export class StoreReviewsPage {
  private readonly api = inject(ReviewsApi);
  private readonly message = inject(NzMessageService);
  protected readonly current = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly pageSize = 20;
  protected readonly items = signal<ModerationReviewDto[]>([]);
  protected readonly total = signal(0);
  protected readonly statuses: ReviewStatus[] = ['Published', 'Pending', 'Rejected'];
  protected readonly starChoices = [5, 4, 3, 2, 1];
  protected pageIndex = 1;
  protected status: ReviewStatus | null = null;
  protected stars: number | null = null;
  protected readonly replying = signal<ModerationReviewDto | null>(null);
  protected replyText = '';

  constructor() {
    this.i18n.register(reviewsTexts);
    this.current.follow(() => this.filter());
  }

  load(): void {
    const storeId = this.current.storeId();
    if (!storeId) return;
    this.api.merchantList({ storeId, status: this.status, stars: this.stars, skip: (this.pageIndex - 1) * this.pageSize, take: this.pageSize })
      .subscribe((page) => {
        if (storeId !== this.current.storeId()) return;
        this.items.set(page.items);
        this.total.set(page.totalCount);
      });
  }

  filter(): void {
    this.pageIndex = 1;
    this.load();
  }

  openReply(item: ModerationReviewDto): void {
    this.replyText = item.review.reply?.text ?? '';
    this.replying.set(item);
  }

  reply(): void {
    const item = this.replying();
    const text = this.replyText.trim();
    if (!item || !text) return;
    this.api.reply(item.review.id, text).subscribe((review) => {
      this.replying.set(null);
      this.items.update((list) => list.map((i) => (i.review.id === review.id ? { ...i, review } : i)));
      this.message.success(this.i18n.t('common.saved'));
    });
  }
}
