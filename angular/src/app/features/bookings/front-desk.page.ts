import { DatePipe } from '@angular/common';
import { Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { StaffHubService } from '../../core/staff-hub.service';
import { CurrentStoreService } from '../../shared/current-store.service';
import { toFen, yuan } from '../../shared/paged';
import { StoreSelect } from '../../shared/store-select';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { BookingsApi } from './bookings.api';
import { BookingDto, spendCategories } from './bookings.models';
import { bookingsTexts } from './bookings.texts';

/**
 * The front desk: check a guest in by the code they show (a scanner types it into the focused field and presses
 * Enter), today's arrivals, guests in house, and releasing a space with the final spend (which earns points).
 */
@Component({
  selector: 'app-front-desk-page',
  imports: [...PAGE_IMPORTS, StoreSelect, DatePipe],
  templateUrl: './front-desk.page.html',
})
export class FrontDeskPage {
  private readonly api = inject(BookingsApi);
  private readonly message = inject(NzMessageService);
  protected readonly current = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly yuan = yuan;
  protected readonly categories = spendCategories;

  protected readonly arrivals = signal<BookingDto[]>([]);
  protected readonly inHouse = signal<BookingDto[]>([]);
  protected code = '';
  protected readonly checkingIn = signal(false);
  protected readonly releasing = signal<BookingDto | null>(null);
  protected readonly saving = signal(false);
  protected spend: Record<string, number> = {};
  protected toCleaning = true;
  protected readonly spendTotal = signal(0);

  constructor() {
    this.i18n.register(bookingsTexts);
    const hub = inject(StaffHubService);
    this.current.follow((storeId) => {
      this.load(storeId);
      void hub.joinStore(storeId);
    });
    hub.on<unknown>('bookingStatusChanged').pipe(takeUntilDestroyed()).subscribe(() => this.load());
    hub.on<unknown>('bookingConfirmed').pipe(takeUntilDestroyed()).subscribe(() => this.load());
  }

  load(storeId = this.current.storeId()): void {
    if (!storeId) return;
    this.api.today(storeId).subscribe((list) => this.arrivals.set(list));
    this.api.list({ storeId, status: 'CheckedIn', take: 100 }).subscribe((page) => this.inHouse.set(page.items));
  }

  checkIn(): void {
    const storeId = this.current.storeId();
    const code = this.code.trim();
    if (!storeId || !code) return;
    this.checkingIn.set(true);
    this.api.checkIn(storeId, code).subscribe({
      next: (booking) => {
        this.checkingIn.set(false);
        this.code = '';
        this.message.success(this.i18n.t('bookings.checkedIn', { number: booking.number, space: booking.spaceNumber }));
        this.load();
      },
      error: () => this.checkingIn.set(false),
    });
  }

  openRelease(booking: BookingDto): void {
    this.spend = Object.fromEntries(this.categories.map((c) => [c, c === 'room-fee' ? booking.priceFen / 100 : 0]));
    this.toCleaning = true;
    this.updateTotal();
    this.releasing.set(booking);
  }

  updateTotal(): void {
    this.spendTotal.set(Object.values(this.spend).reduce((sum, v) => sum + toFen(v || 0), 0));
  }

  release(): void {
    const booking = this.releasing();
    if (!booking) return;
    const lines = this.categories.map((category) => ({ category, amountFen: toFen(this.spend[category] || 0) })).filter((l) => l.amountFen > 0);
    this.saving.set(true);
    this.api.release(booking.id, { lines, toCleaning: this.toCleaning }).subscribe({
      next: (done) => {
        this.saving.set(false);
        this.releasing.set(null);
        this.message.success(this.i18n.t('bookings.released', { number: done.number, points: done.pointsEarned }));
        this.load();
      },
      error: () => this.saving.set(false),
    });
  }

  cancel(booking: BookingDto): void {
    this.api.cancel(booking.id, null).subscribe(() => this.load());
  }

  protected readonly waiting = computed(() => this.arrivals().filter((b) => b.status === 'Confirmed' || b.status === 'PendingPayment'));
}
