import { DatePipe } from '@angular/common';
import { Component, OnInit, inject, signal } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { ReviewContent } from './review-content';
import { ReviewsApi } from './reviews.api';
import { ModerationReviewDto, ReviewStatus } from './reviews.models';
import { reviewsTexts } from './reviews.texts';

type Refusal = { item: ModerationReviewDto; kind: 'reject' | 'takeDown' };

/**
 * Platform operators: the review queue across every merchant, pending first, with WeChat's verdict and the flags that held
 * each review; approve, reject with a reason, or take a published review down. The word lists are edited here too.
 */
@Component({
  selector: 'app-review-moderation-page',
  imports: [...PAGE_IMPORTS, DatePipe, ReviewContent],
  templateUrl: './moderation.page.html',
})
export class ReviewModerationPage implements OnInit {
  private readonly api = inject(ReviewsApi);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly pageSize = 20;
  protected readonly items = signal<ModerationReviewDto[]>([]);
  protected readonly total = signal(0);
  protected readonly statuses: ReviewStatus[] = ['Pending', 'Published', 'Rejected'];
  protected pageIndex = 1;
  protected status: ReviewStatus | null = null;
  protected readonly refusal = signal<Refusal | null>(null);
  protected reason = '';
  protected readonly editingWords = signal(false);
  protected blockedWords = '';
  protected suspiciousWords = '';

  constructor() {
    this.i18n.register(reviewsTexts);
  }

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.api.queue({ status: this.status, skip: (this.pageIndex - 1) * this.pageSize, take: this.pageSize }).subscribe((page) => {
      this.items.set(page.items);
      this.total.set(page.totalCount);
    });
  }

  filter(): void {
    this.pageIndex = 1;
    this.load();
  }

  approve(item: ModerationReviewDto): void {
    this.api.approve(item.review.id).subscribe((updated) => this.replace(updated));
  }

  openRefusal(item: ModerationReviewDto, kind: Refusal['kind']): void {
    this.reason = '';
    this.refusal.set({ item, kind });
  }

  refuse(): void {
    const refusal = this.refusal();
    if (!refusal) return;
    const reason = this.reason.trim();
    if (!reason) {
      this.message.warning(this.i18n.t('reviews.reasonRequired'));
      return;
    }
    const call = refusal.kind === 'reject' ? this.api.reject(refusal.item.review.id, reason) : this.api.takeDown(refusal.item.review.id, reason);
    call.subscribe((updated) => {
      this.refusal.set(null);
      this.replace(updated);
    });
  }

  openWords(): void {
    this.api.settings().subscribe((s) => {
      this.blockedWords = s.blockedWords.join('\n');
      this.suspiciousWords = s.suspiciousWords.join('\n');
      this.editingWords.set(true);
    });
  }

  saveWords(): void {
    const lines = (text: string) => text.split('\n').map((w) => w.trim()).filter((w) => w.length > 0);
    this.api.saveSettings({ blockedWords: lines(this.blockedWords), suspiciousWords: lines(this.suspiciousWords) }).subscribe(() => {
      this.editingWords.set(false);
      this.message.success(this.i18n.t('common.saved'));
    });
  }

  private replace(updated: ModerationReviewDto): void {
    this.items.update((list) => list.map((i) => (i.review.id === updated.review.id ? updated : i)));
  }
}
