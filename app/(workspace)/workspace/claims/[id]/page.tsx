import Link from "next/link";
import { formatScore } from "@/lib/score-percent";
import { notFound } from "next/navigation";
import { ActivityList } from "@/components/claims/ActivityList";
import { ClaimEditForm } from "@/components/claims/ClaimEditForm";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { ClaimWorkActions } from "@/components/claims/ClaimWorkActions";
import { AddAppearanceForm } from "@/components/claims/AppearanceControls";
import { DeskAppearances } from "@/components/claims/DeskAppearances";
import { NoteForm } from "@/components/claims/NoteForm";
import { DeskEvidenceList } from "@/components/evidence/DeskEvidenceList";
import { PublishedEvidenceNotice } from "@/components/evidence/EvidenceChanges";
import { EvidenceForm } from "@/components/evidence/EvidenceForm";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { RatingBadge } from "@/components/verdicts/RatingBadge";
import { RepeatedSince } from "@/components/verdicts/RepeatedSince";
import { listClaimActivity } from "@/lib/claims/activity";
import { getClaimForDesk, listClaimantNames, listClaimChoices } from "@/lib/claims/desk";
import { verdictStatusLabel } from "@/lib/claims/labels";
import { listNewClaimChoices } from "@/lib/claims/queries";
import { shorten } from "@/lib/text";
import { can } from "@/lib/permissions";
import { getCurrentUser, requireStaffPage } from "@/lib/session";
import {
  deleteAppearance,
  deleteEvidence,
  reorderEvidence,
  saveAppearanceQuote,
  saveAssignee,
  saveClaim,
  saveDismissal,
  saveEvidence,
  saveNewAppearance,
  saveNewEvidence,
  saveNote,
  saveReopening,
} from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  // Metadata renders beside the page: name the claim only to those who may read it.
  const viewer = await getCurrentUser();
  if (!can(viewer?.role, "workspace.view")) return { title: "Claim" };
  const claim = await getClaimForDesk((await params).id);
  return { title: claim ? `Claim: ${shorten(claim.text, 60)}` : "Claim not found" };
}

const sectionHeading = "font-serif text-xl font-bold text-slate-900";
const box = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

export default async function ClaimDeskPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/workspace/claims/${id}`;
  const viewer = await requireStaffPage(path);
  const [claim, choices, claimantNames, activity, { articles }] = await Promise.all([
    getClaimForDesk(id),
    listClaimChoices(),
    listClaimantNames(),
    listClaimActivity(id),
    listNewClaimChoices(),
  ]);
  if (!claim) notFound();

  const editParam = (await searchParams).editEvidence;
  const editingId = typeof editParam === "string" && !claim.frozen ? editParam : undefined;
  const editing = claim.evidence.find((item) => item.id === editingId);
  const verdictPath = `${path}/verdict`;

  return (
    <>
      <p className="mb-3 text-sm">
        <Link href="/workspace" className="font-medium text-slate-700 underline underline-offset-2 hover:text-slate-900">
          ← Claim queue
        </Link>
      </p>
      <div className="mb-6 border-b border-slate-200 pb-4">
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <ClaimStatusBadge status={claim.status} reopened={claim.reopened} />
          <span>{claim.assignee ? `Assigned to ${claim.assignee.name}` : "Unassigned"}</span>
          {claim.checkworthiness !== null ? <span>· Check-worthiness {formatScore(claim.checkworthiness)}</span> : null}
        </div>
        <h1 className="mt-2 font-serif text-2xl leading-snug font-bold break-words text-slate-900 sm:text-3xl">“{claim.text}”</h1>
        <p className="mt-1 text-slate-600">
          {claim.claimant ? claim.claimant.name : "No claimant yet"}
          {claim.claimDate ? (
            <>
              {" · "}
              <FormattedDate date={claim.claimDate} />
            </>
          ) : null}
        </p>
      </div>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-10">
          <section aria-labelledby="appearances-heading">
            <h2 id="appearances-heading" className={sectionHeading}>
              Appearances
            </h2>
            {claim.frozen ? (
              <FrozenNotice text={claim.frozen} verdictHref={verdictPath} testId="appearances-frozen" />
            ) : claim.appearanceChanges ? (
              <div className="mt-3 space-y-2 text-sm text-slate-700" data-testid="appearances-published">
                <p>
                  The verdict is public with the appearances it was published with. Changes here reach its public page with the next
                  correction or update (
                  <Link href={verdictPath} className="font-medium underline underline-offset-2">
                    open the verdict
                  </Link>
                  ). Where the claim appeared since publication is recorded as a repeat and listed there at once.
                </p>
                {claim.appearanceChanges.length ? (
                  <div>
                    <p className="font-medium text-slate-900">Not yet on the public page:</p>
                    <ul className="list-disc pl-5">
                      {claim.appearanceChanges.map((change, index) => (
                        <li key={index}>
                          {change.change === "added" ? "Added" : change.change === "removed" ? "Removed" : "Changed"}: “
                          <bdi>{change.exact}</bdi>” (<bdi>{change.article}</bdi>)
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </div>
            ) : null}
            <div className="mt-3">
              <DeskAppearances
                appearances={claim.appearances}
                controls={claim.frozen ? undefined : { reselect: saveAppearanceQuote, remove: deleteAppearance }}
              />
            </div>
            {claim.frozen ? null : (
              <div className={`mt-6 ${box}`}>
                <h3 className="mb-3 font-semibold text-slate-900">Add an appearance</h3>
                <AddAppearanceForm claimId={claim.id} articles={articles} action={saveNewAppearance} />
              </div>
            )}
          </section>

          <RepeatedSince repeats={claim.repeatedSince} headingClass={sectionHeading} sourceLinks={false} />

          <section aria-labelledby="evidence-heading">
            <h2 id="evidence-heading" className={sectionHeading}>
              Evidence <span className="font-sans text-base font-normal text-slate-600">({claim.evidence.length})</span>
            </h2>
            {claim.frozen ? (
              <FrozenNotice text={claim.frozen} verdictHref={verdictPath} />
            ) : claim.evidenceChanges ? (
              <div className="mt-3">
                <PublishedEvidenceNotice changes={claim.evidenceChanges} retracted={false} verdictHref={verdictPath} />
              </div>
            ) : null}
            <div className="mt-3">
              <DeskEvidenceList
                evidence={claim.evidence}
                editing={
                  editing
                    ? {
                        id: editing.id,
                        form: (
                          <EvidenceForm
                            claimId={claim.id}
                            evidence={{
                              id: editing.id,
                              version: editing.version,
                              url: editing.url,
                              title: editing.title,
                              excerpt: editing.excerpt,
                              stance: editing.stance,
                              archiveUrl: editing.archiveUrl ?? "",
                            }}
                            action={saveEvidence}
                            cancelHref={`${path}#evidence-${editing.id}`}
                          />
                        ),
                      }
                    : undefined
                }
                controls={
                  claim.frozen
                    ? undefined
                    : {
                        move: reorderEvidence,
                        remove: deleteEvidence,
                        editHref: (evidenceId) => `${path}?editEvidence=${evidenceId}#evidence-${evidenceId}`,
                      }
                }
              />
            </div>
            {claim.frozen ? null : (
              <div className={`mt-6 ${box}`}>
                <h3 className="mb-3 font-semibold text-slate-900">Add evidence</h3>
                {editing ? (
                  <p className="text-sm text-slate-600">
                    Finish editing first.{" "}
                    <Link href={`${path}#evidence-heading`} className="font-medium text-slate-900 underline underline-offset-2">
                      Close the edit form
                    </Link>
                  </p>
                ) : (
                  <EvidenceForm claimId={claim.id} action={saveNewEvidence} />
                )}
              </div>
            )}
          </section>

          <section aria-labelledby="claim-heading">
            <h2 id="claim-heading" className={sectionHeading}>
              Claim, claimant and topics
            </h2>
            <div className={`mt-3 ${box}`}>
              <ClaimEditForm
                claim={{
                  id: claim.id,
                  text: claim.text,
                  claimant: claim.claimant?.name ?? "",
                  claimDate: claim.claimDate?.toISOString().slice(0, 10) ?? "",
                  topicIds: claim.topics.map((topic) => topic.id),
                  version: claim.version,
                }}
                topics={choices.topics}
                claimantNames={claimantNames}
                quotes={claim.appearances.length}
                fixed={
                  claim.frozen ??
                  (claim.isPublic
                    ? claim.verdict?.status === "PUBLISHED"
                      ? "The verdict is public, so the claim's text, claimant and date no longer change."
                      : "A retracted verdict of this claim stays public with its text, so the claim's text, claimant and date no longer change."
                    : null)
                }
                action={saveClaim}
              />
            </div>
          </section>
        </div>

        <aside className="min-w-0 space-y-8" aria-label="Status, verdict, notes and activity">
          <section aria-labelledby="status-heading" className={box}>
            <h2 id="status-heading" className="font-semibold text-slate-900">
              Status and assignee
            </h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">Status</dt>
              <dd>
                <ClaimStatusBadge status={claim.status} reopened={claim.reopened} />
              </dd>
              <dt className="text-slate-600">Assignee</dt>
              <dd>{claim.assignee?.name ?? "Nobody"}</dd>
              {claim.dismissalReason ? (
                <>
                  <dt className="text-slate-600">Dismissed</dt>
                  <dd className="break-words">{claim.dismissalReason}</dd>
                </>
              ) : null}
            </dl>
            <div className="mt-3">
              <ClaimWorkActions
                claim={{
                  id: claim.id,
                  text: claim.text,
                  status: claim.status,
                  version: claim.version,
                  assigneeId: claim.assignee?.id ?? null,
                }}
                viewerId={viewer.id}
                staff={choices.staff}
                actions={{ assign: saveAssignee, dismiss: saveDismissal, reopen: saveReopening }}
              />
            </div>
          </section>

          <section aria-labelledby="verdict-heading" className={box}>
            <h2 id="verdict-heading" className="font-semibold text-slate-900">
              Verdict
            </h2>
            {claim.reopened ? (
              <p className="mt-2 text-sm font-medium text-amber-900" data-testid="reopened-notice">
                {claim.verdict
                  ? "Reopened after a retraction: the new verdict below replaces the retracted one once it is approved and published."
                  : "Reopened after a retraction: a new verdict is needed. The retracted one stays public, marked, and will link to it."}
              </p>
            ) : null}
            {claim.verdict ? (
              <div className="mt-2 space-y-2 text-sm">
                <p>
                  {claim.retractedVerdicts.length ? "New verdict: " : null}
                  {verdictStatusLabel[claim.verdict.status]}
                </p>
                {claim.verdict.rating ? <RatingBadge rating={claim.verdict.rating} /> : <p className="text-slate-600">No rating yet.</p>}
              </div>
            ) : (
              <p className="mt-2 text-sm text-slate-600">
                {claim.retractedVerdicts.length ? "No new verdict drafted yet." : "No verdict drafted yet."}
              </p>
            )}
            <p className="mt-3">
              <Link href={verdictPath} className="text-sm font-semibold text-slate-900 underline underline-offset-2">
                {claim.verdict ? "Open the verdict" : claim.retractedVerdicts.length ? "Draft a new verdict" : "Draft the verdict"}
              </Link>
            </p>
            {claim.retractedVerdicts.length ? (
              <div className="mt-4 border-t border-slate-200 pt-3 text-sm">
                <h3 className="font-semibold text-slate-900">Retracted verdicts</h3>
                <ul className="mt-1 space-y-2">
                  {claim.retractedVerdicts.map((earlier) => (
                    <li key={earlier.id}>
                      <p>
                        {earlier.rating ? <RatingBadge rating={earlier.rating} /> : null}{" "}
                        <Link href={`/verdicts/${earlier.slug}`} className="underline underline-offset-2">
                          Public page (retracted)
                        </Link>
                      </p>
                      <p className="text-slate-600">
                        {earlier.retractedAt ? (
                          <>
                            Retracted <FormattedDate date={earlier.retractedAt} />
                          </>
                        ) : (
                          "Retracted"
                        )}
                        {earlier.retractionReason ? (
                          <>
                            : <span className="break-words">{earlier.retractionReason}</span>
                          </>
                        ) : null}
                      </p>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>

          <section aria-labelledby="notes-heading" className={box}>
            <h2 id="notes-heading" className="font-semibold text-slate-900">
              Internal notes <span className="font-normal text-slate-600">(staff only)</span>
            </h2>
            {claim.notes.length ? (
              <ul className="mt-2 space-y-3 text-sm">
                {claim.notes.map((note) => (
                  <li key={note.id} className="border-l-2 border-slate-200 pl-3">
                    <p className="break-words whitespace-pre-line text-slate-800">{note.body}</p>
                    <p className="text-slate-600">
                      {note.author.name}, <FormattedDate date={note.createdAt} />
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm text-slate-600">No notes yet.</p>
            )}
            <div className="mt-4">
              <NoteForm claimId={claim.id} action={saveNote} />
            </div>
          </section>

          <section aria-labelledby="activity-heading" className={box}>
            <h2 id="activity-heading" className="font-semibold text-slate-900">
              Activity
            </h2>
            <div className="mt-2">
              <ActivityList items={activity} />
            </div>
          </section>
        </aside>
      </div>
    </>
  );
}

/** Said in place of the evidence and appearance forms while they would be refused (the server refuses them too). */
function FrozenNotice({ text, verdictHref, testId = "frozen" }: { text: string; verdictHref: string; testId?: string }) {
  return (
    <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid={testId}>
      {text}{" "}
      <Link href={verdictHref} className="font-medium underline underline-offset-2">
        Open the verdict
      </Link>
    </p>
  );
}
