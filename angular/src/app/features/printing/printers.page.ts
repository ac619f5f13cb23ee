import { DatePipe } from '@angular/common';
import { Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { describeProblem } from '../../core/problem';
import { CurrentStoreService } from '../../shared/current-store.service';
import { StoreSelect } from '../../shared/store-select';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { Station } from '../ordering/ordering.models';
import { PrintingApi } from './printing.api';
import { PrintKind, PrinterDto } from './printing.models';
import { printingTexts } from './printing.texts';

/**
 * The store's printers: state (OK, or error with the last reason), adding a network printer, and a test page per printer
 * whose outcome (or the API's problem message) shows next to it.
 */
@Component({
  selector: 'app-printers-page',
  imports: [...PAGE_IMPORTS, StoreSelect, DatePipe],
  templateUrl: './printers.page.html',
  styles: `.error { color: #ff4d4f; } .ok { color: #52c41a; }`,
})
export class PrintersPage {
  private readonly api = inject(PrintingApi);
  protected readonly current = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly printers = signal<PrinterDto[]>([]);
  protected readonly creating = signal(false);
  /** The last test print's outcome per printer id. */
  protected readonly tested = signal<Record<string, { ok: boolean; text: string }>>({});
  protected readonly testing = signal<string | null>(null);
  protected readonly stations: Station[] = ['Bar', 'Kitchen', 'Service'];
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    kind: ['KitchenTicket' as PrintKind],
    station: ['Bar' as Station | null],
    address: ['', Validators.required],
    port: [9100, [Validators.required, Validators.min(1), Validators.max(65535)]],
  });

  constructor() {
    this.i18n.register(printingTexts);
    this.current.follow((storeId) => this.load(storeId));
  }

  load(storeId = this.current.storeId()): void {
    if (!storeId) return;
    this.api.printers(storeId).subscribe((list) => {
      if (storeId === this.current.storeId()) this.printers.set(list);
    });
  }

  openCreate(): void {
    this.form.reset();
    this.creating.set(true);
  }

  create(): void {
    const storeId = this.current.storeId();
    if (!storeId) return;
    if (this.form.invalid) {
      Object.values(this.form.controls).forEach((c) => { c.markAsDirty(); c.updateValueAndValidity(); });
      return;
    }
    const v = this.form.getRawValue();
    this.api.create({ storeId, name: v.name.trim(), connection: 'Network', address: v.address.trim(), port: v.port, kind: v.kind,
      station: v.kind === 'KitchenTicket' ? v.station : null }).subscribe(() => {
      this.creating.set(false);
      this.load();
    });
  }

  test(printer: PrinterDto): void {
    this.testing.set(printer.id);
    this.api.test(printer.id).subscribe({
      next: (updated) => {
        this.testing.set(null);
        this.tested.update((t) => ({ ...t, [printer.id]: { ok: true, text: this.i18n.t('printers.testOk') } }));
        this.printers.update((list) => list.map((p) => (p.id === updated.id ? updated : p)));
      },
      error: (error: unknown) => {
        this.testing.set(null);
        this.tested.update((t) => ({ ...t, [printer.id]: { ok: false, text: describeProblem(error, this.i18n.apiLanguage()).title } }));
        this.load(); // the printer is now in the error state, with why
      },
    });
  }
}
