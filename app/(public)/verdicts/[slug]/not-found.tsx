import { NotFoundMessage } from "@/components/ui/NotFoundMessage";

export default function VerdictNotFound() {
  return (
    <NotFoundMessage title="Fact check not found">
      There is no published fact check at this address. It may not have been published yet, or the link may be mistyped.
    </NotFoundMessage>
  );
}
