import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';

/** A stored picture: its public address (same host), the sniffed type and the size. */
export interface ImageDto {
  url: string;
  contentType: string;
  sizeBytes: number;
}

/** What the API accepts as a picture (ImageRules): checked here too, so a wrong file is refused before it is sent. */
export const imageRules = { types: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 5 * 1024 * 1024 } as const;

/** Merchant pictures (product and store photos): api/admin/media/images, multipart with the field "file". */
@Injectable({ providedIn: 'root' })
export class MediaApi {
  private readonly http = inject(HttpClient);

  uploadImage(file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<ImageDto>('/api/admin/media/images', form);
  }
}
