// The guard of the admin pages: an administrator, acting within their own jurisdiction's subtree.
import { requirePermission, requireRole } from "~/utils/auth.server";

export async function requireAdmin(request: Request) {
  const user = await requireRole(request, "admin");
  requirePermission(user, "admin.manage", { jurisdictionId: user.jurisdictionId });
  return user;
}
