export type { CreateTenantDto, TenantDto, TenantStatus, UpdateTenantDto } from '../../api/openapi';
