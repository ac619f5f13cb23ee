import { DatePipe } from '@angular/common';
import { Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { StaffHubService } from '../../core/staff-hub.service';
import { CurrentStoreService } from '../../shared/current-store.service';
import { StoreSelect } from '../../shared/store-select';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { Station } from '../ordering/ordering.models';
import { KitchenApi } from './kitchen.api';
import { KitchenTicketDto, StationFeedDto, TicketChangedPush, TicketItemDto } from './kitchen.models';
import { kitchenTexts } from './kitchen.texts';

const stationKey = 'locallife.admin.station';
/** How often the display reloads without a push (late flags move on with the clock; a missed push heals). */
export const refreshMs = 30_000;

/**
 * A station's wall screen (bar, kitchen or service): the merged batches to make and the open tickets, with one-tap
 * start and done per ticket and per item. Live by SignalR (the station group), with a periodic refresh besides.
 */
@Component({
  selector: 'app-kitchen-display-page',
  imports: [...PAGE_IMPORTS, StoreSelect, DatePipe, NzRadioModule],
  templateUrl: './kitchen-display.page.html',
  styleUrl: './kitchen-display.page.css',
})
export class KitchenDisplayPage {
  private readonly api = inject(KitchenApi);
  protected readonly current = inject(CurrentStoreService);
  protected readonly P = Permissions;
  protected readonly stations: Station[] = ['Bar', 'Kitchen', 'Service'];
  protected readonly station = signal<Station>(readStation());
  protected readonly feed = signal<StationFeedDto | null>(null);
  protected readonly live = signal(false);
  protected readonly tickets = computed(() => this.feed()?.tickets ?? []);
  protected readonly batches = computed(() => this.feed()?.batches ?? []);

  constructor() {
    inject(I18nService).register(kitchenTexts);
    const hub = inject(StaffHubService);
    this.current.follow((storeId) => {
      const station = this.station(); // read here: a change of station reloads and joins too
      this.load(storeId, station);
      hub.joinStation(storeId, station).then(() => this.live.set(true), () => this.live.set(false));
      const timer = setInterval(() => this.load(storeId, station), refreshMs);
      return () => { clearInterval(timer); this.live.set(false); };
    });
    hub.on<TicketChangedPush>('ticketChanged').pipe(takeUntilDestroyed())
      .subscribe((push) => { if (push.station === this.station()) this.load(); });
  }

  selectStation(station: Station): void {
    localStorage.setItem(stationKey, station);
    this.feed.set(null);
    this.station.set(station);
  }

  load(storeId = this.current.storeId(), station = this.station()): void {
    if (!storeId) return;
    this.api.feed(storeId, station).subscribe((feed) => {
      if (storeId === this.current.storeId() && station === this.station()) this.feed.set(feed);
    });
  }

  act(ticket: KitchenTicketDto, action: 'start' | 'done'): void {
    this.api.act(ticket.id, action).subscribe(() => this.load());
  }

  itemDone(ticket: KitchenTicketDto, item: TicketItemDto): void {
    this.api.itemDone(ticket.id, item.lineId).subscribe(() => this.load());
  }
}

function readStation(): Station {
  const stored = localStorage.getItem(stationKey);
  return stored === 'Kitchen' || stored === 'Service' ? stored : 'Bar';
}
