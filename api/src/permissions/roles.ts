// A staff member's role. It lives with the permissions (not with the User entity) so that
// auth/ and permissions/ stay below modules/: they need the role, not the entity.
export enum Role {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  TENANT_ADMIN = 'TENANT_ADMIN',
  MANAGER = 'MANAGER',
  AGENT = 'AGENT',
  VIEWER = 'VIEWER',
}
