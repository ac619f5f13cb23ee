import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Paged, query } from '../../shared/paged';
import { CreateTenantDto, TenantDto, TenantStatus, UpdateTenantDto } from './tenancy.models';

/** api/host/tenants (platform operators). */
@Injectable({ providedIn: 'root' })
export class TenancyApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/host/tenants';

  list(input: { filter?: string; status?: TenantStatus; skip?: number; take?: number }) {
    return this.http.get<Paged<TenantDto>>(this.base, { params: query(input) });
  }

  create(input: CreateTenantDto) {
    return this.http.post<TenantDto>(this.base, input);
  }

  update(id: string, input: UpdateTenantDto) {
    return this.http.put<TenantDto>(`${this.base}/${id}`, input);
  }

  activate(id: string) {
    return this.http.post<TenantDto>(`${this.base}/${id}/activate`, {});
  }

  deactivate(id: string) {
    return this.http.post<TenantDto>(`${this.base}/${id}/deactivate`, {});
  }
}
