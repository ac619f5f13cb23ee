import { TextTable } from '../../core/i18n.service';

export const identityTexts: TextTable = {
  'staff.title': ['员工', 'Staff'],
  'staff.create': ['新增员工', 'New staff member'],
  'staff.userName': ['登录名', 'User name'],
  'staff.displayName': ['姓名', 'Name'],
  'staff.phone': ['手机', 'Phone'],
  'staff.password': ['初始密码', 'Initial password'],
  'staff.roles': ['角色', 'Roles'],
  'staff.active': ['在职', 'Active'],
  'roles.title': ['角色与权限', 'Roles and permissions'],
  'roles.create': ['新建角色', 'New role'],
  'roles.static': ['内置', 'Built-in'],
  'roles.permissions': ['权限', 'Permissions'],
};
