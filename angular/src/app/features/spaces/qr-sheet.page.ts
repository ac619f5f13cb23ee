import { Component, DestroyRef, inject, signal } from '@angular/core';
import { DomSanitizer, SafeUrl } from '@angular/platform-browser';
import { HttpClient } from '@angular/common/http';
import { forkJoin } from 'rxjs';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { CurrentStoreService } from '../../shared/current-store.service';
import { StoreSelect } from '../../shared/store-select';
import { saveFile } from '../../shared/save-file';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { SpacesApi } from './spaces.api';
import { SpaceDto } from './spaces.models';
import { spacesTexts } from './spaces.texts';

interface QrCard {
  space: SpaceDto;
  image: SafeUrl;
}

/** Every space's ordering QR code: on screen to print, as the host's A4 PDF in three card sizes, and rotating all codes. */
@Component({
  selector: 'app-qr-sheet-page',
  imports: [...PAGE_IMPORTS, StoreSelect],
  templateUrl: './qr-sheet.page.html',
  styleUrl: './qr-sheet.page.css',
})
export class QrSheetPage {
  private readonly api = inject(SpacesApi);
  private readonly http = inject(HttpClient);
  private readonly sanitizer = inject(DomSanitizer);
  protected readonly current = inject(CurrentStoreService);
  protected readonly P = Permissions;
  protected readonly cards = signal<QrCard[]>([]);
  protected size: 'Small' | 'Medium' | 'Large' = 'Medium';
  private urls: string[] = [];

  constructor() {
    inject(I18nService).register(spacesTexts);
    this.current.follow((storeId) => this.load(storeId));
    inject(DestroyRef).onDestroy(() => this.release());
  }

  load(storeId: string): void {
    this.api.list(storeId).subscribe((spaces) => {
      if (spaces.length === 0) { this.release(); this.cards.set([]); return; }
      forkJoin(spaces.map((s) => this.api.qrPng(s.id))).subscribe((blobs) => {
        this.release();
        this.urls = blobs.map((b) => URL.createObjectURL(b));
        this.cards.set(spaces.map((space, i) => ({ space, image: this.sanitizer.bypassSecurityTrustUrl(this.urls[i]) })));
      });
    });
  }

  rotateAll(): void {
    const storeId = this.current.storeId();
    if (storeId) this.http.post('/api/admin/spaces/qr/rotate-all', {}, { params: { storeId } }).subscribe(() => this.load(storeId));
  }

  downloadPdf(): void {
    const storeId = this.current.storeId();
    if (!storeId) return;
    this.api.qrSheetPdf(storeId, this.size).subscribe((pdf) => saveFile(pdf, `qr-${this.current.store()?.name ?? storeId}-${this.size}.pdf`));
  }

  print(): void {
    window.print();
  }

  private release(): void {
    this.urls.forEach((u) => URL.revokeObjectURL(u));
    this.urls = [];
  }
}
