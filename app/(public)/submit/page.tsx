import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SubmitForm } from "@/components/submissions/SubmitForm";
import { env } from "@/lib/env";
import { publicAlternates } from "@/lib/verdicts/feed";
import { sendSubmission } from "./actions";

export const metadata: Metadata = {
  title: "Submit a claim",
  description: "Send us a claim you would like us to check, and follow what becomes of it.",
  alternates: publicAlternates("/submit"),
};

export default async function SubmitPage() {
  // Rendered per request: the thank-you panel shows the tracking link on this server's SITE_URL.
  await connection();
  const { siteUrl } = env();
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:py-14">
      <h1 className="font-serif text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Submit a claim</h1>
      <p className="mt-3 mb-8 text-lg leading-relaxed text-slate-600">
        Seen a claim you doubt? Send it to us. We read every submission, but cannot check them all: we choose claims as our{" "}
        <Link href="/methodology" className="underline underline-offset-2">
          methodology
        </Link>{" "}
        describes. You get a private link to follow its status.
      </p>
      <SubmitForm action={sendSubmission} siteUrl={siteUrl} />
    </div>
  );
}
