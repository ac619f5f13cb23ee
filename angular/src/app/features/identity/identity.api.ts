import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Paged } from '../../shared/paged';
import { CreateStaffDto, PermissionDto, RoleDto, StaffDto, UpdateStaffDto } from './identity.models';

/** Staff (api/admin/staff) and roles with their permissions (api/admin/roles). */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly http = inject(HttpClient);

  staff() {
    return this.http.get<Paged<StaffDto>>('/api/admin/staff', { params: { take: 100 } });
  }

  createStaff(input: CreateStaffDto) {
    return this.http.post<StaffDto>('/api/admin/staff', input);
  }

  updateStaff(id: string, input: UpdateStaffDto) {
    return this.http.put<StaffDto>(`/api/admin/staff/${id}`, input);
  }

  setStaffActive(id: string, active: boolean) {
    return this.http.post<StaffDto>(`/api/admin/staff/${id}/${active ? 'activate' : 'deactivate'}`, {});
  }

  roles() {
    return this.http.get<RoleDto[]>('/api/admin/roles');
  }

  grantablePermissions() {
    return this.http.get<PermissionDto[]>('/api/admin/roles/permissions');
  }

  createRole(name: string, permissions: string[]) {
    return this.http.post<RoleDto>('/api/admin/roles', { name, permissions });
  }

  updateRolePermissions(id: string, permissions: string[]) {
    return this.http.put<RoleDto>(`/api/admin/roles/${id}/permissions`, { permissions });
  }
}
