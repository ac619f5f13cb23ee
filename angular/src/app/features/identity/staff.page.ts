import { Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { IdentityApi } from './identity.api';
import { PermissionDto, RoleDto, StaffDto } from './identity.models';
import { identityTexts } from './identity.texts';

/** Merchant: staff accounts with their roles, and the roles' permissions (built-in roles and custom ones). */
@Component({
  selector: 'app-staff-page',
  imports: [...PAGE_IMPORTS],
  templateUrl: './staff.page.html',
})
export class StaffPage implements OnInit {
  private readonly api = inject(IdentityApi);
  private readonly message = inject(NzMessageService);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly canManageStaff = this.auth.can(Permissions.staffManage);
  protected readonly canManageRoles = this.auth.can(Permissions.rolesManage);
  protected readonly staff = signal<StaffDto[]>([]);
  protected readonly roles = signal<RoleDto[]>([]);
  protected readonly permissions = signal<PermissionDto[]>([]);
  /** The staff member being edited, or 'new'. */
  protected readonly editing = signal<StaffDto | 'new' | null>(null);
  protected readonly editingRole = signal<RoleDto | 'new' | null>(null);
  protected rolePermissions: string[] = [];
  protected roleName = '';

  protected readonly form = inject(NonNullableFormBuilder).group({
    userName: ['', Validators.required],
    displayName: ['', Validators.required],
    phoneNumber: [''],
    password: ['', Validators.required],
    roles: [[] as string[]],
  });

  constructor() {
    this.i18n.register(identityTexts);
  }

  ngOnInit(): void {
    this.load();
    this.api.grantablePermissions().subscribe((list) => this.permissions.set(list));
  }

  load(): void {
    this.api.staff().subscribe((page) => this.staff.set(page.items));
    this.api.roles().subscribe((list) => this.roles.set(list));
  }

  openStaff(member: StaffDto | 'new'): void {
    this.form.reset(member === 'new' ? {} : { userName: member.userName, displayName: member.displayName, phoneNumber: member.phoneNumber ?? '', roles: member.roles });
    // The password is set on creation only (a reset is its own action).
    if (member === 'new') { this.form.controls.userName.enable(); this.form.controls.password.enable(); }
    else { this.form.controls.userName.disable(); this.form.controls.password.disable(); }
    this.editing.set(member);
  }

  saveStaff(): void {
    const member = this.editing();
    if (!member || this.form.invalid) { this.form.markAllAsTouched(); return; }
    const v = this.form.getRawValue();
    const call = member === 'new'
      ? this.api.createStaff({ ...v, phoneNumber: v.phoneNumber || null })
      : this.api.updateStaff(member.id, { displayName: v.displayName, phoneNumber: v.phoneNumber || null, roles: v.roles, concurrencyStamp: member.concurrencyStamp });
    call.subscribe(() => {
      this.editing.set(null);
      this.message.success(this.i18n.t('common.saved'));
      this.load();
    });
  }

  setActive(member: StaffDto, active: boolean): void {
    this.api.setStaffActive(member.id, active).subscribe(() => this.load());
  }

  openRole(role: RoleDto | 'new'): void {
    this.roleName = '';
    this.rolePermissions = role === 'new' ? [] : [...role.permissions];
    this.editingRole.set(role);
  }

  saveRole(): void {
    const role = this.editingRole();
    if (!role) return;
    const call = role === 'new' ? this.api.createRole(this.roleName, this.rolePermissions) : this.api.updateRolePermissions(role.id, this.rolePermissions);
    call.subscribe(() => {
      this.editingRole.set(null);
      this.message.success(this.i18n.t('common.saved'));
      this.load();
    });
  }

  permissionName(name: string): string {
    return this.permissions().find((p) => p.name === name)?.displayName ?? name;
  }
}
