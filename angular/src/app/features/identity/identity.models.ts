export interface StaffDto {
  id: string;
  userName: string;
  displayName: string;
  phoneNumber: string | null;
  email: string | null;
  isActive: boolean;
  roles: string[];
  creationTime: string;
  concurrencyStamp: string;
}

export interface CreateStaffDto {
  userName: string;
  displayName: string;
  password: string;
  phoneNumber?: string | null;
  roles: string[];
}

export interface UpdateStaffDto {
  displayName: string;
  phoneNumber?: string | null;
  email?: string | null;
  roles: string[];
  concurrencyStamp: string;
}

export interface RoleDto {
  id: string;
  name: string;
  isStatic: boolean;
  permissions: string[];
  concurrencyStamp: string;
}

export interface PermissionDto {
  name: string;
  displayName: string;
}
