import Link from "next/link";
import type { TrackingStatus as Status } from "@/lib/submissions/queries";

const steps = ["Received", "Accepted", "Being checked", "Checked"] as const;

function content(status: Status): { step: number | null; title: string; body: React.ReactNode } {
  switch (status.state) {
    case "received":
      return {
        step: 0,
        title: "Received",
        body: "We have your claim. Someone on our desk will read it and decide whether we can check it.",
      };
    case "accepted":
      return {
        step: 1,
        title: "Accepted, not yet being checked",
        body: "We will check this claim. It is on our desk, waiting for one of our fact-checkers to take it up. When our fact check is published, a link to it will appear here.",
      };
    case "checking":
      return {
        step: 2,
        title: "Being checked",
        body: "We are checking this claim. When our fact check is published, a link to it will appear here.",
      };
    case "checked":
      return {
        step: 3,
        title: "Checked",
        body: (
          <>
            We have checked this claim.{" "}
            <Link href={`/verdicts/${status.verdictSlug}`} className="font-semibold underline underline-offset-2">
              Read our fact check
            </Link>
            .
          </>
        ),
      };
    case "duplicate":
      return {
        step: null,
        title: "Not checked separately",
        body: status.verdictSlug ? (
          <>
            We had already checked this claim.{" "}
            <Link href={`/verdicts/${status.verdictSlug}`} className="font-semibold underline underline-offset-2">
              Read our fact check
            </Link>
            .
          </>
        ) : status.checking ? (
          "Someone sent us the same claim before, and it is already being checked. When our fact check is published, a link to it will appear here."
        ) : (
          "Someone sent us the same claim before; it is on our desk, waiting for one of our fact-checkers to take it up. When our fact check is published, a link to it will appear here."
        ),
      };
    case "not_checked":
      return {
        step: null,
        title: "Not checked",
        body: (
          <>
            We will not check this claim.
            {status.reason ? (
              <>
                {" "}
                The reason: <q className="italic">{status.reason}</q>
              </>
            ) : null}
          </>
        ),
      };
  }
}

/** The status of a submission as its submitter sees it: the claim they sent, its state, and nothing else. */
export function TrackingStatus({ status }: { status: Status }) {
  const { step, title, body } = content(status);
  return (
    <section aria-labelledby="status-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">The claim you sent</p>
      <blockquote className="mt-1 mb-5 border-l-4 border-slate-300 pl-3 break-words whitespace-pre-line text-slate-800">
        <bdi>{status.claimText}</bdi>
      </blockquote>
      <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">Status</p>
      <h2 id="status-heading" className="mt-1 font-serif text-2xl font-bold text-slate-900">
        {title}
      </h2>
      <p className="mt-3 leading-relaxed text-slate-800">{body}</p>
      {step !== null ? (
        <ol className="mt-6 grid grid-cols-2 gap-2 text-center text-sm sm:grid-cols-4" aria-label="Progress">
          {steps.map((label, index) => (
            <li
              key={label}
              aria-current={index === step ? "step" : undefined}
              className={`rounded-md border px-2 py-2 ${index <= step ? "border-slate-900 bg-slate-900 font-semibold text-white" : "border-slate-300 text-slate-700"}`}
            >
              {label}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
