export type TenantStatus = 'Active' | 'Inactive';

export interface TenantDto {
  id: string;
  name: string;
  displayName: string;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  status: TenantStatus;
  enabledCategories: string[];
  creationTime: string;
  concurrencyStamp: string;
}

export interface CreateTenantDto {
  name: string;
  displayName: string;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  enabledCategories: string[];
  adminUserName: string;
  adminPassword: string;
  adminDisplayName?: string | null;
}

export interface UpdateTenantDto {
  displayName: string;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  enabledCategories: string[];
  concurrencyStamp: string;
}
