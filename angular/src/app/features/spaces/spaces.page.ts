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

/** Merchant: the live status board of a store's spaces (pushed by SignalR); creating, editing and deleting spaces on it. */
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
  /** The space being edited, or 'new'. */
  protected readonly editing = signal<SpaceDto | 'new' | null>(null);
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
    this.editing.set('new');
  }

  /** Edits the latest version: pushes update the status on the board but not the space's concurrency stamp. */
  openEdit(pushed: SpaceDto): void {
    this.api.get(pushed.id).subscribe((space) => this.edit(space));
  }

  private edit(space: SpaceDto): void {
    this.replace(space);
    this.form.reset({
      number: space.number, name: space.name, typeCode: space.typeCode, minCapacity: space.minCapacity, maxCapacity: space.maxCapacity,
      floor: space.floor, x: space.x, y: space.y, basePrice: space.basePriceFen / 100, minimumSpend: space.minimumSpendFen / 100,
    });
    this.editing.set(space);
  }

  typeName(code: string): string {
    const type = this.current.store()?.spaceTypes.find((t) => t.code === code);
    return type ? this.i18n.pick(type.nameZhHans, type.nameEn) : code;
  }

  save(): void {
    const storeId = this.current.storeId();
    const editing = this.editing();
    if (!storeId || !editing || this.form.invalid) { this.form.markAllAsTouched(); return; }
    const v = this.form.getRawValue();
    const input = {
      number: v.number, name: v.name, typeCode: v.typeCode, minCapacity: v.minCapacity, maxCapacity: v.maxCapacity,
      floor: v.floor, x: v.x, y: v.y, basePriceFen: toFen(v.basePrice), minimumSpendFen: toFen(v.minimumSpend),
    };
    const call = editing === 'new'
      ? this.api.create(storeId, { ...input, facilities: [], features: [], priceRules: [] })
      // Editing keeps what this form does not show (facilities, features, price rules, deposit).
      : this.api.update(editing.id, { ...editing, ...input, priceRules: editing.priceRules, depositPercent: editing.depositPercentOverride });
    this.saving.set(true);
    call.subscribe({
      next: (space) => {
        this.saving.set(false);
        this.editing.set(null);
        this.spaces.update((list) => (editing === 'new' ? [...list, space] : list.map((s) => (s.id === space.id ? space : s))));
        this.message.success(this.i18n.t(editing === 'new' ? 'spaces.created' : 'common.saved'));
      },
      error: () => this.saving.set(false),
    });
  }

  remove(): void {
    const editing = this.editing();
    if (!editing || editing === 'new') return;
    this.api.delete(editing.id).subscribe(() => {
      this.editing.set(null);
      this.spaces.update((list) => list.filter((s) => s.id !== editing.id));
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
