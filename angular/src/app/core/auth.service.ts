import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { AuthConfig, OAuthService } from 'angular-oauth2-oidc';
import { firstValueFrom } from 'rxjs';
import { CurrentUser } from './current-user';

/** Where the app lives: the host serves it under /admin/, which is also the registered redirect URI. */
export function adminBaseUrl(): string {
  return new URL(document.baseURI).href;
}

function authConfig(): AuthConfig {
  const loopback = ['127.0.0.1', 'localhost'].includes(location.hostname);
  return {
    issuer: location.origin + '/',
    clientId: 'locallife-admin',
    responseType: 'code',
    redirectUri: adminBaseUrl(),
    postLogoutRedirectUri: adminBaseUrl(),
    scope: 'openid profile roles offline_access locallife.api',
    requireHttps: !loopback,
    showDebugInformation: false,
    // OpenIddict serves the discovery document and keys itself; the SPA sends the access token as is.
    strictDiscoveryDocumentValidation: false,
    useSilentRefresh: false,
  };
}

/**
 * Sign-in through the host's OpenIddict server (authorization code + PKCE). The tenant is chosen on the host's
 * sign-in page; the signed-in user's tenant, roles and permissions come from /api/account/me.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly oauth = inject(OAuthService);
  private readonly http = inject(HttpClient);

  readonly user = signal<CurrentUser | null>(null);
  readonly permissions = computed(() => new Set(this.user()?.permissions ?? []));
  private pendingReturnUrl: string | null = null;

  /** Runs once at start: finishes a code-flow callback if there is one and loads the current user. */
  async initialize(): Promise<void> {
    this.oauth.configure(authConfig());
    this.oauth.setupAutomaticSilentRefresh();
    const callback = new URLSearchParams(location.search).has('code');
    await this.oauth.loadDiscoveryDocumentAndTryLogin();
    if (callback && this.oauth.state) this.pendingReturnUrl = decodeURIComponent(this.oauth.state);
    if (!this.oauth.hasValidAccessToken()) return;
    try {
      await this.loadUser();
    } catch {
      // A token the API no longer accepts (user or tenant deactivated): forget it, the next route signs in again.
      this.oauth.logOut(true);
    }
  }

  get signedIn(): boolean {
    return this.oauth.hasValidAccessToken();
  }

  get accessToken(): string {
    return this.oauth.getAccessToken();
  }

  /** Once, after a sign-in: the route the user wanted before being sent to sign in (carried in the OAuth state). */
  takeReturnUrl(): string | null {
    const url = this.pendingReturnUrl;
    this.pendingReturnUrl = null;
    return url;
  }

  login(returnUrl = '/'): void {
    this.oauth.initCodeFlow(returnUrl); // the library URI-encodes the state and hands it back encoded
  }

  logout(): void {
    this.user.set(null);
    this.oauth.logOut();
  }

  can(permission: string | undefined | null): boolean {
    return !permission || this.permissions().has(permission);
  }

  async loadUser(): Promise<void> {
    this.user.set(await firstValueFrom(this.http.get<CurrentUser>('/api/account/me')));
  }
}
