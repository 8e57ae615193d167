import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TrackingStatus } from "@/components/submissions/TrackingStatus";
import { getTrackingStatus } from "@/lib/submissions/queries";

// A private page: never indexed, its address (the token) never sent on as a referrer.
export const metadata: Metadata = {
  title: "Your submitted claim",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }> };

export default async function TrackingPage({ params }: Props) {
  const status = await getTrackingStatus((await params).token);
  if (!status) notFound();
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:py-14">
      <h1 className="font-serif text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Your submitted claim</h1>
      <p className="mt-3 mb-8 text-lg leading-relaxed text-slate-600">
        This private page follows the claim you sent us. Keep its address to come back.
      </p>
      <TrackingStatus status={status} />
    </div>
  );
}
