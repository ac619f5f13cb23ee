import { Component, input } from '@angular/core';
import { TPipe } from '../../core/t.pipe';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ReviewDto } from './reviews.models';

/** One review as people read it: stars, text, tags, image thumbnails and the merchant's reply. */
@Component({
  selector: 'app-review-content',
  imports: [TPipe, NzTagModule],
  template: `
    <div class="stars" data-testid="stars" [attr.data-stars]="review().stars" [attr.aria-label]="review().stars + '/5'">
      @for (s of five; track s) { <span [class.on]="s <= review().stars">★</span> }
    </div>
    @if (review().text) { <div class="text" data-testid="review-text">{{ review().text }}</div> }
    @if (review().tags.length) {
      <div>@for (tag of review().tags; track tag) { <nz-tag data-testid="review-tag">{{ 'reviews.tag.' + tag | t }}</nz-tag> }</div>
    }
    @if (review().images.length) {
      <div class="images">@for (src of review().images; track src) { <a [href]="src" target="_blank" rel="noopener"><img [src]="src" alt="" /></a> }</div>
    }
    @if (review().reply; as reply) {
      <div class="reply" data-testid="reply">{{ 'reviews.merchantReply' | t }}：{{ reply.text }}</div>
    }
  `,
  styles: `
    .stars { color: #d9d9d9; letter-spacing: 2px; } .stars .on { color: #fadb14; }
    .text { white-space: pre-wrap; margin: 4px 0; max-width: 420px; }
    .images img { width: 48px; height: 48px; object-fit: cover; margin: 2px; border-radius: 4px; }
    .reply { background: #fafafa; border-left: 3px solid #1677ff; padding: 4px 8px; margin-top: 4px; color: #555; }
  `,
})
export class ReviewContent {
  readonly review = input.required<ReviewDto>();
  protected readonly five = [1, 2, 3, 4, 5];
}
