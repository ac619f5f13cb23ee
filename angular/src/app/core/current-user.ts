/** GET /api/account/me: who is signed in and what they may do. */
export interface CurrentUser {
  id: string;
  userName: string;
  displayName: string;
  kind: 'Platform' | 'Merchant' | 'Customer';
  tenantId: string | null;
  tenantName: string | null;
  roles: string[];
  permissions: string[];
}
