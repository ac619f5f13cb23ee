export type { CreateStaffDto, PermissionDto, RoleDto, StaffDto, UpdateStaffDto } from '../../api/openapi';
