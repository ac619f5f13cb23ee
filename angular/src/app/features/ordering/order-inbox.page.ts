import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { forkJoin } from 'rxjs';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { StaffHubService } from '../../core/staff-hub.service';
import { KitchenApi } from '../kitchen/kitchen.api';
import { PrintingApi } from '../printing/printing.api';
import { ChimeService } from '../../shared/chime.service';
import { CurrentStoreService } from '../../shared/current-store.service';
import { yuan } from '../../shared/paged';
import { StoreSelect } from '../../shared/store-select';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { OrderingApi } from './ordering.api';
import { NewOrderPush, OrderDto, OrderPriority, lineText } from './ordering.models';
import { orderingTexts } from './ordering.texts';

const active = ['Paid', 'Accepted', 'Preparing', 'Delivering', 'Exception'] as const;

/**
 * The front desk's order inbox: paid orders to accept or reject, then prepare and deliver. A new order arrives by
 * SignalR with a sound and a pop-up; any status change elsewhere refreshes the list.
 */
@Component({
  selector: 'app-order-inbox-page',
  imports: [...PAGE_IMPORTS, StoreSelect, DatePipe, NgTemplateOutlet, NzTabsModule],
  templateUrl: './order-inbox.page.html',
})
export class OrderInboxPage {
  private readonly api = inject(OrderingApi);
  private readonly kitchen = inject(KitchenApi);
  private readonly printing = inject(PrintingApi);
  private readonly notification = inject(NzNotificationService);
  protected readonly chime = inject(ChimeService);
  protected readonly current = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly yuan = yuan;
  protected readonly orders = signal<OrderDto[]>([]);
  /** Joined the store's live updates (new orders arrive only then). */
  protected readonly live = signal(false);
  protected readonly toAccept = computed(() => this.orders().filter((o) => o.status === 'Paid'));
  protected readonly inProgress = computed(() => this.orders().filter((o) => ['Accepted', 'Preparing', 'Delivering'].includes(o.status)));
  protected readonly exceptions = computed(() => this.orders().filter((o) => o.status === 'Exception'));
  protected readonly rejecting = signal<OrderDto | null>(null);
  protected rejectReason = '';

  constructor() {
    this.i18n.register(orderingTexts);
    const hub = inject(StaffHubService);
    this.current.follow((storeId) => {
      this.load(storeId);
      hub.joinStore(storeId).then(() => this.live.set(true), () => this.live.set(false));
      return () => this.live.set(false);
    });
    hub.on<NewOrderPush>('newOrder').pipe(takeUntilDestroyed()).subscribe((push) => this.announce(push));
    hub.on<unknown>('orderStatusChanged').pipe(takeUntilDestroyed()).subscribe(() => this.load());
    hub.on<NewOrderPush>('orderEscalated').pipe(takeUntilDestroyed()).subscribe((push) => { this.chime.play(push.sound); this.load(); });
  }

  load(storeId = this.current.storeId()): void {
    if (!storeId) return;
    // Only what needs doing: one query per active status (finished orders are in the payments page).
    forkJoin(active.map((status) => this.api.orders({ storeId, status, take: 100 }))).subscribe((pages) => {
      if (storeId === this.current.storeId()) this.orders.set(pages.flatMap((page) => page.items));
    });
  }

  items(order: OrderDto): string {
    return order.lines.map(lineText).join('，');
  }

  act(order: OrderDto, action: 'accept' | 'prepare' | 'deliver' | 'delivered'): void {
    this.api.act(order.id, action).subscribe((updated) => this.replace(updated));
  }

  /** Paid and not yet on its way: there is still something to hurry. */
  canPrioritize(order: OrderDto): boolean {
    return order.status === 'Paid' || order.status === 'Accepted' || order.status === 'Preparing';
  }

  /** VIP or urgent, or back to normal when it already was. */
  togglePriority(order: OrderDto, priority: OrderPriority): void {
    const next = order.priority === priority ? 'Normal' : priority;
    this.kitchen.prioritize(order.id, next).subscribe(() => this.replace({ ...order, priority: next }));
  }

  printReceipt(order: OrderDto): void {
    this.printing.receipt(order.id).subscribe(() =>
      this.notification.success(this.i18n.t('orders.receiptSent'), order.number, { nzClass: 'receipt-notification' }));
  }

  reject(): void {
    const order = this.rejecting();
    if (!order || !this.rejectReason.trim()) return;
    this.api.reject(order.id, this.rejectReason.trim()).subscribe((updated) => { this.rejecting.set(null); this.replace(updated); });
  }

  private announce(push: NewOrderPush): void {
    this.chime.play(push.sound);
    this.notification.info(this.i18n.t('orders.new'), this.i18n.t('orders.newText', { space: push.spaceNumber, number: push.number }),
      { nzDuration: 15000, nzClass: 'new-order-notification' });
    this.load();
  }

  private replace(order: OrderDto): void {
    this.orders.update((list) => list.map((o) => (o.id === order.id ? order : o)).filter((o) => (active as readonly string[]).includes(o.status)));
  }
}
