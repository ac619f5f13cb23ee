import { Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { StaffHubService } from '../../core/staff-hub.service';
import { CurrentStoreService } from '../../shared/current-store.service';
import { toFen } from '../../shared/paged';
import { StoreSelect } from '../../shared/store-select';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { SpaceBoard } from './space-board';
import { SpacesApi } from './spaces.api';
import { SpaceDto, SpaceStatus, SpaceStatusChanged, spaceStatuses } from './spaces.models';
import { spacesTexts } from './spaces.texts';

/** Merchant: the live status board of a store's spaces (pushed by SignalR), and creating spaces on it. */
@Component({
  selector: 'app-spaces-page',
  imports: [...PAGE_IMPORTS, SpaceBoard, StoreSelect, RouterLink],
  templateUrl: './spaces.page.html',
})
export class SpacesPage {
  private readonly api = inject(SpacesApi);
  private readonly hub = inject(StaffHubService);
  private readonly message = inject(NzMessageService);
  protected readonly auth = inject(AuthService);
  protected readonly current = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly statuses = spaceStatuses;

  protected readonly spaces = signal<SpaceDto[]>([]);
  protected readonly live = signal(false);
  protected readonly creating = signal(false);
  protected readonly saving = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    number: ['', Validators.required],
    name: ['', Validators.required],
    typeCode: ['', Validators.required],
    minCapacity: [1, Validators.min(1)],
    maxCapacity: [6, Validators.min(1)],
    floor: [1],
    x: [0, Validators.min(0)],
    y: [0, Validators.min(0)],
    basePrice: [100, Validators.min(0)],
    minimumSpend: [0, Validators.min(0)],
  });

  constructor() {
    this.i18n.register(spacesTexts);
    this.hub.on<SpaceStatusChanged>('spaceStatusChanged').pipe(takeUntilDestroyed()).subscribe((e) => this.applyPush(e));
    // Follow the chosen store: load its spaces and listen to its pushes.
    this.current.follow((storeId) => {
      this.load(storeId);
      this.hub.joinStore(storeId).then(() => this.live.set(true), () => this.live.set(false));
      return () => { this.live.set(false); void this.hub.leaveStore(storeId); };
    });
  }

  load(storeId = this.current.storeId()): void {
    // A late answer for a store no longer shown is dropped.
    if (storeId) this.api.list(storeId).subscribe((list) => { if (storeId === this.current.storeId()) this.spaces.set(list); });
  }

  count(status: SpaceStatus): number {
    return this.spaces().filter((s) => s.status === status).length;
  }

  changeStatus(space: SpaceDto, status: SpaceStatus): void {
    this.api.changeStatus(space.id, status).subscribe((updated) => this.replace(updated));
  }

  openCreate(): void {
    const types = this.current.store()?.spaceTypes ?? [];
    const next = this.spaces().length;
    this.form.reset({ typeCode: types[0]?.code ?? '', x: next % 6, y: Math.floor(next / 6) });
    this.creating.set(true);
  }

  typeName(code: string): string {
    const type = this.current.store()?.spaceTypes.find((t) => t.code === code);
    return type ? this.i18n.pick(type.nameZhHans, type.nameEn) : code;
  }

  create(): void {
    const storeId = this.current.storeId();
    if (!storeId || this.form.invalid) { this.form.markAllAsTouched(); return; }
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.api.create(storeId, {
      number: v.number, name: v.name, typeCode: v.typeCode, minCapacity: v.minCapacity, maxCapacity: v.maxCapacity,
      facilities: [], features: [], floor: v.floor, x: v.x, y: v.y,
      basePriceFen: toFen(v.basePrice), minimumSpendFen: toFen(v.minimumSpend), priceRules: [],
    }).subscribe({
      next: (space) => {
        this.saving.set(false);
        this.creating.set(false);
        this.spaces.update((list) => [...list, space]);
        this.message.success(this.i18n.t('spaces.created'));
      },
      error: () => this.saving.set(false),
    });
  }

  private applyPush(e: SpaceStatusChanged): void {
    if (e.storeId !== this.current.storeId()) return;
    this.spaces.update((list) => list.map((s) => (s.id === e.spaceId ? { ...s, status: e.to, statusChangedAt: e.at } : s)));
  }

  private replace(space: SpaceDto): void {
    this.spaces.update((list) => list.map((s) => (s.id === space.id ? space : s)));
  }
}
