import { NotFoundMessage } from "@/components/ui/NotFoundMessage";
import { ReadsWithoutScripts } from "@/components/ui/ReadsWithoutScripts";

/** For a claimant, source or topic that does not exist or has no published fact check. */
export default function PublicNotFound() {
  return (
    <NotFoundMessage title="Page not found">
      <ReadsWithoutScripts />
      There is nothing published at this address. The link may be mistyped, or what it names has no published fact check yet.
    </NotFoundMessage>
  );
}
