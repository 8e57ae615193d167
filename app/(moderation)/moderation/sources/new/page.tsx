import Link from "next/link";
import { SourceForm } from "@/components/sources/SourceForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireStaffPage } from "@/lib/session";
import { saveNewSource } from "../actions";

export const metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  await requireStaffPage("/moderation/sources/new");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/moderation" className="text-slate-700 underline underline-offset-2">
          ← Sources
        </Link>
      </p>
      <PageHeader title="Add a source" description="One entry per outlet, keyed by its domain." />
      <SourceForm
        initial={{ domain: "", name: "", kind: "NEWS", reliability: "UNRATED", reliabilityNote: "", status: "ACTIVE", internalNotes: "" }}
        action={saveNewSource}
        submitLabel="Add source"
      />
    </>
  );
}
