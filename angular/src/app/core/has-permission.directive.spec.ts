import { Component } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { AuthService } from './auth.service';
import { HasPermissionDirective } from './has-permission.directive';

@Component({
  imports: [HasPermissionDirective],
  template: `<button *hasPermission="'LocalLife.Tenants.Create'" id="create">create</button>
             <button *hasPermission="'LocalLife.Tenants'" id="list">list</button>`,
})
class Host {}

describe('HasPermissionDirective', () => {
  it('renders an element only for a user holding its permission, and follows the user', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideOAuthClient()] });
    const fixture = TestBed.createComponent(Host);
    const auth = TestBed.inject(AuthService);
    auth.user.set({ id: '1', userName: 'operator', displayName: '运营', kind: 'Platform', tenantId: null, tenantName: null, roles: ['operator'], permissions: ['LocalLife.Tenants'] });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('#list')).not.toBeNull();
    expect(el.querySelector('#create')).toBeNull();

    auth.user.update((u) => ({ ...u!, permissions: [...u!.permissions, 'LocalLife.Tenants.Create'] }));
    await fixture.whenStable();
    expect(el.querySelector('#create')).not.toBeNull();
  });
});
