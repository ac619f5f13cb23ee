import { HttpEventType } from '@angular/common/http';
import { Component, DestroyRef, inject, signal } from '@angular/core';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { CurrentStoreService } from '../../shared/current-store.service';
import { StoreSelect } from '../../shared/store-select';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { SpacesApi } from '../spaces/spaces.api';
import { SpaceDto } from '../spaces/spaces.models';
import { MediaApi } from './media.api';
import { VideoDto } from './media.models';
import { mediaTexts } from './media.texts';

/** Merchant: short videos of the store and each space: upload with progress, then the processing state until playable. */
@Component({
  selector: 'app-videos-page',
  imports: [...PAGE_IMPORTS, StoreSelect, NzProgressModule],
  templateUrl: './videos.page.html',
})
export class VideosPage {
  private readonly api = inject(MediaApi);
  private readonly spacesApi = inject(SpacesApi);
  protected readonly current = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly videos = signal<VideoDto[]>([]);
  protected readonly spaces = signal<SpaceDto[]>([]);
  protected readonly progress = signal<number | null>(null);
  protected spaceId: string | null = null;
  private poll: ReturnType<typeof setInterval> | null = null;

  constructor() {
    this.i18n.register(mediaTexts);
    this.current.follow((storeId) => {
      this.load(storeId);
      this.spacesApi.list(storeId).subscribe((list) => this.spaces.set(list));
    });
    inject(DestroyRef).onDestroy(() => this.stopPolling());
  }

  load(storeId = this.current.storeId()): void {
    if (!storeId) return;
    this.api.list(storeId).subscribe((list) => {
      if (storeId !== this.current.storeId()) return;
      this.videos.set(list);
      // Processing happens in a background job: look again until every video has settled.
      if (list.some((v) => v.status === 'Processing')) this.poll ??= setInterval(() => this.load(), 3000);
      else this.stopPolling();
    });
  }

  ownerName(video: VideoDto): string {
    return video.spaceId ? (this.spaces().find((s) => s.id === video.spaceId)?.number ?? '') : this.i18n.t('videos.storeItself');
  }

  upload(input: HTMLInputElement): void {
    const file = input.files?.[0];
    const storeId = this.current.storeId();
    if (!file || !storeId) return;
    this.progress.set(0);
    this.api.requestUpload(storeId, this.spaceId, file).subscribe({
      next: (upload) => this.api.upload(upload, file).subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress && event.total) this.progress.set(Math.round((100 * event.loaded) / event.total));
          if (event.type === HttpEventType.Response) this.api.complete(upload.videoId).subscribe(() => { this.progress.set(null); input.value = ''; this.load(); });
        },
        error: () => this.progress.set(null),
      }),
      error: () => this.progress.set(null),
    });
  }

  remove(video: VideoDto): void {
    this.api.delete(video.id).subscribe(() => this.load());
  }

  private stopPolling(): void {
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
  }
}
