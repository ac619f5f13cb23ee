import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { SaveSpaceDto, SpaceDto, SpaceStatus } from './spaces.models';

/** api/admin/spaces (merchant). */
@Injectable({ providedIn: 'root' })
export class SpacesApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/admin/spaces';

  list(storeId: string) {
    return this.http.get<SpaceDto[]>(this.base, { params: { storeId } });
  }

  get(id: string) {
    return this.http.get<SpaceDto>(`${this.base}/${id}`);
  }

  create(storeId: string, input: SaveSpaceDto) {
    return this.http.post<SpaceDto>(this.base, input, { params: { storeId } });
  }

  update(id: string, input: SaveSpaceDto) {
    return this.http.put<SpaceDto>(`${this.base}/${id}`, input);
  }

  delete(id: string) {
    return this.http.delete<void>(`${this.base}/${id}`);
  }

  changeStatus(id: string, status: SpaceStatus, reason?: string) {
    return this.http.post<SpaceDto>(`${this.base}/${id}/status`, { status, reason: reason ?? null });
  }

  /** Every space of the store as printable QR cards on A4 (Small 50 mm, Medium 70 mm, Large 100 mm), as a PDF blob. */
  qrSheetPdf(storeId: string, size: 'Small' | 'Medium' | 'Large') {
    return this.http.get(`${this.base}/qr/sheet.pdf`, { params: { storeId, size }, responseType: 'blob' });
  }

  /** The QR code image of a space's ordering code, as a blob (the request needs the bearer token). */
  qrPng(id: string) {
    return this.http.get(`${this.base}/${id}/qr.png`, { responseType: 'blob' });
  }
}
