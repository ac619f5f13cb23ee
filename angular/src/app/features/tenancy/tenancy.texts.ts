import { TextTable } from '../../core/i18n.service';

export const tenancyTexts: TextTable = {
  'tenants.title': ['商户管理', 'Tenants'],
  'tenants.name': ['商户标识', 'Tenant name'],
  'tenants.displayName': ['商户名称', 'Display name'],
  'tenants.contact': ['联系人', 'Contact'],
  'tenants.contactPhone': ['联系电话', 'Contact phone'],
  'tenants.categories': ['开通业态', 'Enabled categories'],
  'tenants.admin': ['管理员账号', 'Admin user'],
  'tenants.adminPassword': ['管理员密码', 'Admin password'],
  'tenants.create': ['新建商户', 'New tenant'],
  'tenants.created': ['商户已创建', 'Tenant created'],
  'tenants.search': ['搜索商户', 'Search tenants'],
  'tenants.suspend': ['停用', 'Suspend'],
  'tenants.activate': ['启用', 'Activate'],
  'tenants.suspendConfirm': ['停用后该商户员工无法登录、门店不再展示，确定？', 'Its staff can no longer sign in and its stores are hidden. Suspend?'],
  'tenants.status.Active': ['正常', 'Active'],
  'tenants.status.Inactive': ['已停用', 'Suspended'],
};
