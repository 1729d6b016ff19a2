/** The signed-in admin as the plugin stamps records with it: never taken from the request body. */
export interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}

export function adminName(user: AdminUser): string {
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
  return name || user.username || user.email || `#${user.id}`;
}
