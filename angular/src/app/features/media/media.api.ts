import { HttpClient, HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { query } from '../../shared/paged';
import { VideoDto, VideoUploadDto } from './media.models';

/** api/admin/videos: presigned upload, then the host checks (≤ 20 s, ≥ 720p) and transcodes in the background. */
@Injectable({ providedIn: 'root' })
export class MediaApi {
  private readonly http = inject(HttpClient);

  list(storeId: string, spaceId?: string | null) {
    return this.http.get<VideoDto[]>('/api/admin/videos', { params: query({ storeId, spaceId }) });
  }

  requestUpload(storeId: string, spaceId: string | null, file: File) {
    return this.http.post<VideoUploadDto>('/api/admin/videos', { storeId, spaceId, contentType: file.type || 'video/mp4', sizeBytes: file.size, sortOrder: 0 });
  }

  /** The file straight to the upload URL (blob storage), with progress events. */
  upload(upload: VideoUploadDto, file: File): Observable<HttpEvent<unknown>> {
    return this.http.put(upload.uploadUrl, file, { headers: { 'Content-Type': upload.contentType }, reportProgress: true, observe: 'events' });
  }

  complete(id: string) {
    return this.http.post<VideoDto>(`/api/admin/videos/${id}/complete`, {});
  }

  delete(id: string) {
    return this.http.delete<void>(`/api/admin/videos/${id}`);
  }
}
