import { ForbiddenPage } from "@/components/auth/ForbiddenPage";

export const metadata = { title: "Not allowed" };

export default ForbiddenPage;
