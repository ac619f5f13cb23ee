import { DatePipe } from '@angular/common';
import { Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { StaffHubService } from '../../core/staff-hub.service';
import { ChimeService } from '../../shared/chime.service';
import { CurrentStoreService } from '../../shared/current-store.service';
import { StoreSelect } from '../../shared/store-select';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { OrderingApi } from '../ordering/ordering.api';
import { OrderDto, lineText } from '../ordering/ordering.models';
import { SpacesApi } from '../spaces/spaces.api';
import { SpaceDto } from '../spaces/spaces.models';
import { DispatchApi } from './dispatch.api';
import { DeliveryStopDto, DeliveryTaskDto, DeliveryTaskPush, WaiterDutyDto } from './dispatch.models';
import { dispatchTexts } from './dispatch.texts';

/** How often the task list reloads without a push. */
const refreshMs = 30_000;

/**
 * The waiter's phone screen: on/off duty (near a space), my delivery tasks (accept, picked up, delivered per stop).
 * A new assignment arrives by SignalR with a sound and a pop-up; a task taken back disappears.
 */
@Component({
  selector: 'app-waiter-page',
  imports: [...PAGE_IMPORTS, StoreSelect, DatePipe],
  templateUrl: './waiter.page.html',
  styleUrl: './waiter.page.css',
})
export class WaiterPage {
  private readonly api = inject(DispatchApi);
  private readonly ordering = inject(OrderingApi);
  private readonly spacesApi = inject(SpacesApi);
  private readonly auth = inject(AuthService);
  private readonly notification = inject(NzNotificationService);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  protected readonly chime = inject(ChimeService);
  protected readonly current = inject(CurrentStoreService);
  protected readonly P = Permissions;
  protected readonly duty = signal<WaiterDutyDto | null>(null);
  protected readonly tasks = signal<DeliveryTaskDto[]>([]);
  /** The orders of the stops, for their items. */
  protected readonly orders = signal<Record<string, OrderDto>>({});
  protected readonly spaces = signal<SpaceDto[]>([]);
  protected readonly live = signal(false);
  protected nearSpaceId: string | null = null;

  constructor() {
    this.i18n.register(dispatchTexts);
    const hub = inject(StaffHubService);
    const deliverer = this.auth.can(Permissions.dispatchDeliver);
    this.current.follow((storeId) => {
      this.duty.set(null);
      this.load(storeId);
      if (deliverer) {
        this.api.waiters(storeId).subscribe((waiters) => this.duty.set(waiters.find((w) => w.userId === this.auth.user()?.id) ?? null));
        if (this.auth.can(Permissions.spaces)) this.spacesApi.list(storeId).subscribe((spaces) => this.spaces.set(spaces));
      }
      hub.joinStore(storeId).then(() => this.live.set(true), () => this.live.set(false));
      const timer = setInterval(() => this.load(storeId), refreshMs);
      return () => { clearInterval(timer); this.live.set(false); };
    });
    hub.on<DeliveryTaskPush>('deliveryTaskAssigned').pipe(takeUntilDestroyed()).subscribe((push) => this.announce(push));
    hub.on<DeliveryTaskPush>('deliveryTaskWithdrawn').pipe(takeUntilDestroyed()).subscribe((push) => {
      this.tasks.update((list) => list.filter((t) => t.id !== push.taskId));
      this.message.warning(this.i18n.t('waiter.withdrawn'));
    });
    hub.on<DeliveryTaskPush>('deliveryTaskChanged').pipe(takeUntilDestroyed()).subscribe((push) => {
      if (push.waiterId === this.auth.user()?.id || this.tasks().some((t) => t.id === push.taskId)) this.load();
    });
  }

  load(storeId = this.current.storeId()): void {
    if (!storeId) return;
    this.api.tasks(storeId, { mine: true }).subscribe((tasks) => {
      if (storeId !== this.current.storeId()) return;
      this.tasks.set(tasks);
      const known = this.orders();
      const missing = new Set(tasks.flatMap((t) => t.stops.map((s) => s.orderId)).filter((id) => !known[id]));
      missing.forEach((id) => this.ordering.order(id).subscribe((order) => this.orders.update((all) => ({ ...all, [order.id]: order }))));
    });
  }

  setDuty(onDuty: boolean): void {
    const storeId = this.current.storeId();
    if (!storeId) return;
    this.api.setDuty(storeId, { onDuty, spaceId: onDuty ? this.nearSpaceId : null }).subscribe((duty) => {
      this.duty.set(duty);
      this.load(storeId);
    });
  }

  items(stop: DeliveryStopDto): string {
    return this.orders()[stop.orderId]?.lines.map(lineText).join('，') ?? '';
  }

  act(task: DeliveryTaskDto, action: 'accept' | 'pickup' | 'decline'): void {
    this.api.act(task.id, action).subscribe((updated) =>
      action === 'decline' ? this.tasks.update((list) => list.filter((t) => t.id !== task.id)) : this.replace(updated));
  }

  delivered(task: DeliveryTaskDto, stop: DeliveryStopDto): void {
    this.api.delivered(task.id, stop.orderId).subscribe((updated) => this.replace(updated));
  }

  private announce(push: DeliveryTaskPush): void {
    this.chime.play(push.sound);
    this.notification.info(this.i18n.t('waiter.new'), this.i18n.t('waiter.newText', { spaces: push.spaceNumbers.join('、') }),
      { nzDuration: 15000, nzClass: 'new-task-notification' });
    this.load();
  }

  private replace(task: DeliveryTaskDto): void {
    this.tasks.update((list) => list.map((t) => (t.id === task.id ? task : t)).filter((t) => t.status !== 'Delivered' && t.status !== 'Cancelled'));
  }
}
