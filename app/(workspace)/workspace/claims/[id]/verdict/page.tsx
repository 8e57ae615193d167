import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceChanges } from "@/components/evidence/EvidenceChanges";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { PageHeader } from "@/components/ui/PageHeader";
import { VerdictActionForm } from "@/components/verdicts/VerdictActionForm";
import { VerdictEditor, type EditorEvidence } from "@/components/verdicts/VerdictEditor";
import { ThinClaimWarning } from "@/components/verdicts/ThinClaimWarning";
import { VerdictReadout } from "@/components/verdicts/VerdictReadout";
import { stanceLabel } from "@/lib/evidence/labels";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import { renderMarkdown } from "@/lib/markdown";
import { can } from "@/lib/permissions";
import { requireStaffPage } from "@/lib/session";
import { revisionKindLabel } from "@/lib/verdicts/labels";
import { ownWork, publishesOwnUpdate, type OwnWork } from "@/lib/verdicts/own-work";
import { hasPublicPage } from "@/lib/verdicts/queries";
import { VERDICT_LIMITS } from "@/lib/verdicts/schemas";
import { getVerdictWorkspace, listRatingOptions, type VerdictWorkspace } from "@/lib/verdicts/workspace-queries";
import {
  approveRevisionAction,
  approveVerdictAction,
  discardRevisionAction,
  previewRationale,
  retractVerdictAction,
  saveEditor,
  sendBackRevisionAction,
  sendBackVerdictAction,
  startRevisionAction,
  startVerdictAction,
} from "./actions";

export const metadata = { title: "Verdict" };

type Props = { params: Promise<{ id: string }> };

const statusLabel: Record<VerdictStatus, [string, BadgeTone]> = {
  DRAFT: ["Draft", "blue"],
  AWAITING_APPROVAL: ["Awaiting approval", "amber"],
  PUBLISHED: ["Published", "green"],
  RETRACTED: ["Retracted", "red"],
};

export default async function VerdictEditorPage({ params }: Props) {
  const { id } = await params;
  const user = await requireStaffPage(`/workspace/claims/${id}/verdict`);
  const workspace = await getVerdictWorkspace(id);
  if (!workspace) notFound();
  const { claim, verdict } = workspace;

  return (
    <>
      <PageHeader title={verdict ? "Verdict" : "Draft a verdict"} description={<>“{claim.text}”</>}>
        <Link href={`/workspace/claims/${claim.id}`} className="font-medium text-slate-800 underline underline-offset-2 hover:decoration-2">
          Back to the claim desk
        </Link>
      </PageHeader>
      {!verdict ? (
        <StartDraft claimId={claim.id} dismissed={claim.status === "DISMISSED"} />
      ) : (
        <div className="space-y-8">
          <StatusLine verdict={verdict} />
          {verdict.status !== "RETRACTED" ? <Replaces verdicts={workspace.retractedVerdicts} /> : null}
          <VerdictStage workspace={workspace} user={user} />
        </div>
      )}
    </>
  );
}

function StartDraft({ claimId, dismissed, afterRetraction = false }: { claimId: string; dismissed: boolean; afterRetraction?: boolean }) {
  if (dismissed) return <p className="text-slate-700">This claim was dismissed. Reopen it on the claim desk before drafting a verdict.</p>;
  return (
    <section aria-labelledby={afterRetraction ? "start-heading" : undefined} className="max-w-prose space-y-4">
      {afterRetraction ? (
        <h2 id="start-heading" className="font-serif text-xl font-bold text-slate-900">
          A new verdict
        </h2>
      ) : null}
      <p className="text-slate-700">
        {afterRetraction
          ? "The retraction reopened this claim. Start a new verdict: it gets its own public page once approved and published, the retracted page links to it, and it links back to the retracted one."
          : "No verdict yet. Start a draft: you will be its author, it autosaves as you write, and a second person approves it before it is published."}
      </p>
      <VerdictActionForm
        action={startVerdictAction}
        hidden={{ claimId }}
        button={afterRetraction ? "Start a new verdict draft" : "Start a verdict draft"}
        pendingButton="Starting…"
      />
    </section>
  );
}

/** The claim's retracted verdicts, which the current one replaces (decision 025). */
function Replaces({ verdicts }: { verdicts: VerdictWorkspace["retractedVerdicts"] }) {
  if (verdicts.length === 0) return null;
  return (
    <div className="max-w-prose rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="replaces">
      <p className="font-medium">This verdict replaces a retracted one.</p>
      <ul className="mt-1 space-y-1">
        {verdicts.map((earlier) => (
          <li key={earlier.id}>
            <Link href={`/verdicts/${earlier.slug}`} className="underline underline-offset-2">
              Retracted verdict
            </Link>
            {earlier.retractedAt ? (
              <>
                , retracted <FormattedDate date={earlier.retractedAt} />
              </>
            ) : null}
            {earlier.retractionReason ? (
              <>
                : <span className="break-words">{earlier.retractionReason}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

type Verdict = NonNullable<VerdictWorkspace["verdict"]>;

function StatusLine({ verdict }: { verdict: Verdict }) {
  const [label, tone] = statusLabel[verdict.status];
  const isPublic = hasPublicPage(verdict);
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700">
      <Badge tone={tone}>{label}</Badge>
      <span>
        Author: <strong className="text-slate-900">{verdict.author.name}</strong>
      </span>
      {verdict.approver ? (
        <span>
          Approved by: <strong className="text-slate-900">{verdict.approver.name}</strong>
        </span>
      ) : null}
      {verdict.publishedAt ? (
        <span>
          Published <FormattedDate date={verdict.publishedAt} />
        </span>
      ) : null}
      {isPublic ? (
        <Link href={`/verdicts/${verdict.slug}`} className="font-medium text-slate-900 underline underline-offset-2 hover:decoration-2">
          Public page<span className="sr-only"> of this verdict</span>
        </Link>
      ) : null}
    </div>
  );
}

async function VerdictStage({ workspace, user }: { workspace: VerdictWorkspace; user: { id: string; role: Parameters<typeof can>[0] } }) {
  const { claim, openRevision, verdictReview, revisionReview, publishedRevisions, evidenceChanges } = workspace;
  const verdict = workspace.verdict!;
  const thin = { id: claim.id, claimDate: claim.claimDate, appearances: claim._count.appearances };
  const evidence: EditorEvidence[] = claim.evidence.map((item) => ({
    id: item.id,
    title: item.title,
    url: item.url,
    stance: stanceLabel[item.stance],
    source: item.source?.name ?? null,
  }));

  switch (verdict.status) {
    case "DRAFT":
      return (
        <>
          <SentBack review={verdictReview} />
          <ThinClaimWarning claim={thin} />
          <VerdictEditor
            target={{ type: "verdict", verdictId: verdict.id }}
            version={verdict.version}
            initial={{ ratingId: verdict.ratingId ?? "", conclusion: verdict.conclusion, rationale: verdict.rationale, note: "" }}
            ratings={await listRatingOptions(verdict.ratingId)}
            evidence={evidence}
            initialPreview={renderMarkdown(verdict.rationale)}
            save={saveEditor}
            preview={previewRationale}
          />
        </>
      );
    case "AWAITING_APPROVAL":
      return (
        <>
          <VerdictReadout
            title="Submitted for approval"
            rating={verdict.rating}
            conclusion={verdict.conclusion}
            rationale={verdict.rationale}
          />
          <ThinClaimWarning claim={thin} />
          <Decision
            kind="verdict"
            what="verdict"
            record={{ verdictId: verdict.id, version: verdict.version }}
            ownBy={ownWork(user.id, {
              authorId: verdict.author.id,
              submitterId: verdictReview?.submitterId ?? null,
              editorIds: verdict.editorIds,
            })}
            mayApprove={can(user.role, "verdicts.approve")}
          />
        </>
      );
    case "PUBLISHED":
      return (
        <>
          <VerdictReadout title="Published verdict" rating={verdict.rating} conclusion={verdict.conclusion} rationale={verdict.rationale} />
          {openRevision ? (
            <section aria-labelledby="revision-heading" className="space-y-4">
              <h2 id="revision-heading" className="font-serif text-xl font-bold text-slate-900">
                Revision {openRevision.number}: {openRevision.status === "DRAFT" ? "draft" : "awaiting approval"}
                <span className="font-sans text-base font-normal text-slate-600"> by {openRevision.author.name}</span>
              </h2>
              {openRevision.status === "DRAFT" ? (
                <>
                  <SentBack review={revisionReview} />
                  <VerdictEditor
                    target={{ type: "revision", revisionId: openRevision.id }}
                    version={openRevision.version}
                    initial={{
                      ratingId: openRevision.ratingId ?? "",
                      conclusion: openRevision.conclusion,
                      rationale: openRevision.rationale,
                      note: openRevision.note ?? "",
                    }}
                    ratings={await listRatingOptions(verdict.ratingId)}
                    evidence={evidence}
                    published={{ ratingId: verdict.ratingId ?? "", conclusion: verdict.conclusion }}
                    evidenceChanges={evidenceChanges}
                    mayPublishUpdate={publishesOwnUpdate(user.id, { authorId: openRevision.author.id }, "UPDATE")}
                    initialPreview={renderMarkdown(openRevision.rationale)}
                    save={saveEditor}
                    preview={previewRationale}
                  />
                  <VerdictActionForm
                    action={discardRevisionAction}
                    hidden={{ revisionId: openRevision.id, version: openRevision.version }}
                    button={`Discard revision ${openRevision.number}`}
                    pendingButton="Discarding…"
                    variant="secondary"
                  />
                </>
              ) : (
                <>
                  <VerdictReadout
                    headingLevel={3}
                    title={`Proposed ${revisionKindLabel[openRevision.kind].toLowerCase()}`}
                    rating={openRevision.rating}
                    conclusion={openRevision.conclusion}
                    rationale={openRevision.rationale}
                  />
                  <p className="text-slate-800">
                    <strong>Public note:</strong> {openRevision.note}
                  </p>
                  <EvidenceChanges heading="Evidence changes published with it:" changes={evidenceChanges} />
                  <Decision
                    kind="revision"
                    what={revisionKindLabel[openRevision.kind].toLowerCase()}
                    record={{ revisionId: openRevision.id, version: openRevision.version }}
                    ownBy={ownWork(user.id, {
                      authorId: openRevision.author.id,
                      submitterId: revisionReview?.submitterId ?? null,
                      editorIds: openRevision.editorIds,
                    })}
                    mayApprove={can(user.role, "verdicts.approve")}
                  />
                </>
              )}
            </section>
          ) : (
            <section aria-labelledby="correct-heading" className="max-w-prose space-y-3">
              <h2 id="correct-heading" className="font-serif text-xl font-bold text-slate-900">
                Correct or update
              </h2>
              <p className="text-slate-700">
                Changes to a published verdict are new revisions with a public note. Changing the rating or the conclusion is a correction
                and needs a second person&apos;s approval; a wording fix or a change of the evidence is an update you can publish yourself.
              </p>
              <EvidenceChanges
                heading="The claim's evidence changed since publication; the public page shows it only after a correction or update:"
                changes={evidenceChanges}
              />
              <VerdictActionForm
                action={startRevisionAction}
                hidden={{ verdictId: verdict.id, version: verdict.version }}
                button="Correct or update this verdict"
                pendingButton="Starting…"
              />
            </section>
          )}
          <History revisions={publishedRevisions} slug={verdict.slug} />
          {can(user.role, "verdicts.retract") ? (
            <section
              aria-labelledby="retract-heading"
              className="max-w-prose space-y-3 rounded-lg border border-red-200 bg-white p-4 sm:p-6"
            >
              <h2 id="retract-heading" className="font-serif text-xl font-bold text-red-900">
                Retract this verdict
              </h2>
              <p className="text-slate-700">
                The public page stays, marked as retracted with your reason; it leaves lists and search, feeds show it as retracted, and it
                loses its ClaimReview markup. The claim goes back to review for a new verdict, which the retracted page will link to once it
                is published.
              </p>
              <VerdictActionForm
                action={retractVerdictAction}
                hidden={{ verdictId: verdict.id, version: verdict.version }}
                text={{ id: "reason", label: "Public reason for the retraction", maxLength: VERDICT_LIMITS.reason }}
                button="Retract verdict"
                pendingButton="Retracting…"
              />
            </section>
          ) : null}
        </>
      );
    case "RETRACTED":
      return (
        <>
          <div className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
            <p className="font-semibold">
              Retracted
              {verdict.retractedAt ? (
                <>
                  {" "}
                  on <FormattedDate date={verdict.retractedAt} />
                </>
              ) : null}
              .
            </p>
            {verdict.retractionReason ? <p className="mt-1">Reason: {verdict.retractionReason}</p> : null}
          </div>
          {workspace.mayStartNew ? <StartDraft claimId={claim.id} dismissed={claim.status === "DISMISSED"} afterRetraction /> : null}
          <VerdictReadout title="Retracted verdict" rating={verdict.rating} conclusion={verdict.conclusion} rationale={verdict.rationale} />
          <History revisions={publishedRevisions} slug={verdict.slug} />
        </>
      );
  }
}

function SentBack({ review }: { review: VerdictWorkspace["verdictReview"] }) {
  if (!review?.sentBack) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
      <p className="text-sm font-semibold">
        Sent back by {review.sentBack.by} on <FormattedDate date={review.sentBack.at} />:
      </p>
      <p className="mt-1 whitespace-pre-wrap">{review.sentBack.comment}</p>
    </div>
  );
}

function Decision({
  kind,
  what,
  record,
  ownBy,
  mayApprove,
}: {
  kind: "verdict" | "revision";
  what: string;
  record: Record<string, string | number>;
  ownBy: OwnWork | null;
  mayApprove: boolean;
}) {
  if (ownBy) {
    return (
      <p className="max-w-prose rounded-md border border-slate-300 bg-white px-4 py-3 text-slate-800" data-testid="cannot-approve">
        Waiting for approval. You {ownBy} this {what}, so you cannot approve it yourself: a second person checks every publication. It is
        listed under{" "}
        <Link href="/workspace/approvals" className="underline underline-offset-2">
          Approvals
        </Link>{" "}
        for the others.
      </p>
    );
  }
  if (!mayApprove) return <p className="text-slate-700">Waiting for approval.</p>;
  return (
    <section aria-labelledby="decision-heading" className="grid max-w-3xl gap-6 sm:grid-cols-2">
      <h2 id="decision-heading" className="sr-only">
        Your decision
      </h2>
      <div className="space-y-2">
        <p className="text-slate-700">Approving publishes it at once.</p>
        <VerdictActionForm
          action={kind === "verdict" ? approveVerdictAction : approveRevisionAction}
          hidden={record}
          button={`Approve and publish ${what}`}
          pendingButton="Publishing…"
          confirm={{
            title: `Publish this ${what} now?`,
            body: "It goes public at once: on its page, in lists, feeds, search and the API. After that it can only be corrected or retracted, openly.",
            button: `Yes, publish the ${what}`,
          }}
        />
      </div>
      <VerdictActionForm
        action={kind === "verdict" ? sendBackVerdictAction : sendBackRevisionAction}
        hidden={record}
        text={{
          id: "comment",
          label: "Comment for the author",
          help: "What should change before it can be published?",
          maxLength: VERDICT_LIMITS.comment,
        }}
        button="Send back to the author"
        pendingButton="Sending back…"
        variant="secondary"
      />
    </section>
  );
}

function History({ revisions, slug }: { revisions: VerdictWorkspace["publishedRevisions"]; slug: string }) {
  if (revisions.length === 0) return null;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="font-serif text-xl font-bold text-slate-900">
        Published versions
      </h2>
      <ol className="mt-3 space-y-2 text-sm text-slate-800">
        {revisions.map((revision) => (
          <li key={revision.id}>
            <Link href={`/verdicts/${slug}/revisions/${revision.number}`} className="font-medium underline underline-offset-2">
              Revision {revision.number}: {revisionKindLabel[revision.kind]}
            </Link>
            {revision.publishedAt ? (
              <>
                {" · "}
                <FormattedDate date={revision.publishedAt} />
              </>
            ) : null}
            {" · "}
            {revision.author.name}
            {revision.approver ? `, approved by ${revision.approver.name}` : ""}
            {revision.note ? <span className="block text-slate-600">{revision.note}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
