import { NotFoundMessage } from "@/components/ui/NotFoundMessage";

export default function TrackingNotFound() {
  return (
    <NotFoundMessage title="Tracking link not found">
      We know no submission at this address. Check that you copied the whole link from the page you saw after sending your claim.
    </NotFoundMessage>
  );
}
