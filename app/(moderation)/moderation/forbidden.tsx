import { ForbiddenPage } from "@/components/auth/ForbiddenPage";
import { getCurrentUser } from "@/lib/session";

export const metadata = { title: "Not allowed" };

// Only the staff areas have one: Next.js renders a forbidden boundary along with every page below
// it, and reading the session there would make the cached public pages dynamic.
export default async function Forbidden() {
  return <ForbiddenPage user={await getCurrentUser()} />;
}
