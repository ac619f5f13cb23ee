import { DatePipe } from '@angular/common';
import { Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { StaffHubService } from '../../core/staff-hub.service';
import { CurrentStoreService } from '../../shared/current-store.service';
import { StoreSelect } from '../../shared/store-select';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { SpacesApi } from '../spaces/spaces.api';
import { DispatchApi } from './dispatch.api';
import { DeliveryStatsDto, DeliveryTaskDto, DeliveryTaskPush, WaiterDutyDto } from './dispatch.models';
import { dispatchTexts } from './dispatch.texts';

/** Duty changes are not pushed: the waiters are read again on this beat (task changes come live). */
const refreshMs = 30_000;

/**
 * Manager / front desk: who is on duty where and carrying how much, the store's open delivery tasks with their waiter,
 * and how fast deliveries arrive. Live by the store's `deliveryTaskChanged` push plus a refresh every 30 s.
 */
@Component({
  selector: 'app-dispatch-overview-page',
  imports: [...PAGE_IMPORTS, DatePipe, NzStatisticModule, StoreSelect],
  templateUrl: './dispatch-overview.page.html',
})
export class DispatchOverviewPage {
  private readonly api = inject(DispatchApi);
  private readonly spacesApi = inject(SpacesApi);
  private readonly auth = inject(AuthService);
  protected readonly current = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly waiters = signal<WaiterDutyDto[]>([]);
  protected readonly tasks = signal<DeliveryTaskDto[]>([]);
  protected readonly stats = signal<DeliveryStatsDto | null>(null);
  protected readonly live = signal(false);
  protected readonly P = Permissions;
  protected readonly onDutyWaiters = computed(() => this.waiters().filter((w) => w.onDuty));
  protected readonly now = signal(Date.now());
  private readonly spaceNumbers = signal<ReadonlyMap<string, string>>(new Map());
  /** On duty first, then by name. */
  protected readonly sortedWaiters = computed(() =>
    [...this.waiters()].sort((a, b) => Number(b.onDuty) - Number(a.onDuty) || a.name.localeCompare(b.name)));
  protected readonly onDuty = computed(() => this.waiters().filter((w) => w.onDuty).length);

  constructor() {
    this.i18n.register(dispatchTexts);
    const hub = inject(StaffHubService);
    this.current.follow((storeId) => {
      this.waiters.set([]);
      this.tasks.set([]);
      this.load(storeId);
      if (this.auth.can(Permissions.spaces)) {
        this.spacesApi.list(storeId).subscribe((spaces) => this.spaceNumbers.set(new Map(spaces.map((s) => [s.id, s.number]))));
      }
      hub.joinStore(storeId).then(() => this.live.set(true), () => this.live.set(false));
      const timer = setInterval(() => this.load(storeId), refreshMs);
      return () => { clearInterval(timer); this.live.set(false); };
    });
    hub.on<DeliveryTaskPush>('deliveryTaskChanged').pipe(takeUntilDestroyed()).subscribe((push) => {
      if (push.storeId === this.current.storeId()) this.load();
    });
  }

  load(storeId = this.current.storeId()): void {
    if (!storeId) return;
    const mine = <T>(set: (v: T) => void) => (v: T) => { if (storeId === this.current.storeId()) set(v); };
    this.now.set(Date.now());
    this.api.waiters(storeId).subscribe(mine((w: WaiterDutyDto[]) => this.waiters.set(w)));
    this.api.tasks(storeId, { openOnly: true }).subscribe(mine((t: DeliveryTaskDto[]) => this.tasks.set(t)));
    this.api.stats(storeId).subscribe(mine((s: DeliveryStatsDto) => this.stats.set(s)));
  }

  /** The front desk gives the task to this waiter (on duty); whoever had it is told it was withdrawn. */
  assign(t: DeliveryTaskDto, waiterId: string | null): void {
    if (!waiterId) return;
    this.api.assign(t.id, waiterId).subscribe((updated) => {
      this.tasks.update((list) => list.map((x) => (x.id === updated.id ? updated : x)));
      this.load();
    });
  }

  waiterName(id: string | null): string {
    return id ? (this.waiters().find((w) => w.userId === id)?.name ?? id) : this.i18n.t('dispatch.unassigned');
  }

  where(w: WaiterDutyDto): string {
    const point = this.i18n.t('dispatch.floorPoint', { floor: w.position.floor, x: w.position.x, y: w.position.y });
    const space = w.lastSpaceId ? this.spaceNumbers().get(w.lastSpaceId) : undefined;
    return space ? `${this.i18n.t('dispatch.near', { space })} · ${point}` : point;
  }

  /** An offered task the waiter has not accepted in time (the server will offer it to someone else). */
  late(t: DeliveryTaskDto): boolean {
    return t.status === 'Assigned' && !!t.acceptBy && Date.parse(t.acceptBy) < this.now();
  }

  stops(t: DeliveryTaskDto): string {
    return [...new Set(t.stops.map((s) => s.spaceNumber))].join('、');
  }

  orders(t: DeliveryTaskDto): string {
    return t.stops.map((s) => s.orderNumber).join(', ');
  }
}
