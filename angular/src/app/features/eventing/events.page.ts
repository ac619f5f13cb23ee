import { DatePipe } from '@angular/common';
import { Component, OnInit, inject, signal } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { TenancyApi } from '../tenancy/tenancy.api';
import { EventingApi } from './eventing.api';
import { DeadLetterDto, EventOverviewDto, OutboxMessageDto } from './eventing.models';
import { eventingTexts } from './eventing.texts';

const pageSize = 20;

/** Platform: the outbox of integration events — how many wait, failed or went out — and the failed ones, each sent again on request. */
@Component({
  selector: 'app-events-page',
  imports: [...PAGE_IMPORTS, DatePipe, NzStatisticModule, NzTooltipModule],
  templateUrl: './events.page.html',
})
export class EventsPage implements OnInit {
  private readonly api = inject(EventingApi);
  private readonly tenancy = inject(TenancyApi);
  private readonly auth = inject(AuthService);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly pageSize = pageSize;
  protected pageIndex = 1;
  protected readonly overview = signal<EventOverviewDto | null>(null);
  protected deadPageIndex = 1;
  protected readonly dead = signal<{ items: DeadLetterDto[]; totalCount: number } | null>(null);
  protected readonly retrying = signal<ReadonlySet<string>>(new Set());
  private readonly tenantNames = signal<ReadonlyMap<string, string>>(new Map());

  constructor() {
    this.i18n.register(eventingTexts);
  }

  ngOnInit(): void {
    this.load();
    // Names for the tenant column, when the operator may read tenants (the first 100 cover the failed events we show).
    if (this.auth.can(Permissions.tenants)) {
      this.tenancy.list({ take: 100 }).subscribe((page) => this.tenantNames.set(new Map(page.items.map((t) => [t.id, t.displayName]))));
    }
  }

  load(): void {
    this.api.overview((this.pageIndex - 1) * pageSize, pageSize).subscribe((o) => this.overview.set(o));
    this.loadDead();
  }

  loadDead(): void {
    this.api.deadLetters((this.deadPageIndex - 1) * pageSize, pageSize).subscribe((page) => this.dead.set(page));
  }

  /** Runs it now: resolved leaves the list; failing again shows the new error. */
  retryDead(d: DeadLetterDto): void {
    this.retrying.update((s) => new Set([...s, d.messageId]));
    const done = () => this.retrying.update((s) => new Set([...s].filter((id) => id !== d.messageId)));
    this.api.retryDeadLetter(d.messageId).subscribe({
      next: (result) => {
        done();
        if (result.status === 'Resolved') this.message.success(this.i18n.t('events.resolved'));
        else this.message.error(this.i18n.t('events.stillFailing', { error: result.lastError ?? '' }));
        this.load();
      },
      error: () => { done(); this.load(); },
    });
  }

  tenantName(id: string | null): string {
    return id ? (this.tenantNames().get(id) ?? id) : this.i18n.t('events.host');
  }

  retry(m: OutboxMessageDto): void {
    this.retrying.update((s) => new Set([...s, m.id]));
    const done = () => this.retrying.update((s) => new Set([...s].filter((id) => id !== m.id)));
    this.api.retry(m.id).subscribe({
      next: () => { done(); this.message.success(this.i18n.t('events.retried')); this.load(); },
      error: () => { done(); this.load(); },
    });
  }
}
