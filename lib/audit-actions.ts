/**
 * Every audit action (`AuditEvent.action`, lib/audit.ts) in words, as the phrase after the
 * actor's name: "Mira Holm proposed a source". Lists of events (a person's recent activity, a
 * source's history, a claim's desk) show these, never the recorded `noun.verb` name.
 * lib/audit-actions.test.ts fails when an action is recorded anywhere without words here.
 */
export const AUDIT_ACTION_WORDS: Record<string, string> = {
  "appearance.add": "added an appearance",
  "appearance.create": "added an appearance",
  "appearance.orphan": "marked an appearance as no longer found in its article",
  "appearance.reanchor": "found an appearance again in its changed article",
  "appearance.remove": "removed an appearance",
  "appearance.reselect": "changed an appearance's quote",
  "article.create": "added an article",
  "article.update_text": "updated an article's text",
  "article.update_url": "updated an article's web address",
  "claim.assign": "handed a claim to someone",
  "claim.create": "created a claim",
  "claim.dismiss": "dismissed a claim",
  "claim.edit": "edited a claim",
  "claim.reopen": "reopened a claim",
  "claim.reopen_for_verdict": "reopened a claim for a new verdict after a retraction",
  "claim.start_review": "started reviewing a claim",
  "claim.take": "took a claim",
  "claim.unassign": "left a claim unassigned",
  "claimant.create": "added a claimant",
  "claimant.delete": "deleted a claimant",
  "claimant.merge": "merged two claimants",
  "evidence.add": "added evidence",
  "evidence.edit": "edited evidence",
  "evidence.move": "moved evidence",
  "evidence.remove": "removed evidence",
  "feed.create": "added a feed",
  "feed.delete": "removed a feed",
  "feed.items_found": "found new items in a feed",
  "feed.pause": "paused a feed",
  "feed.poll_failed": "could not read a feed",
  "feed.recovered": "could read a feed again",
  "feed.resume": "resumed a feed",
  "feed.update": "changed a feed's settings",
  "feed_item.fail": "could not take in an item of a feed",
  "feed_item.skip": "skipped an item of a feed",
  "invitation.accept": "accepted an invitation",
  "invitation.create": "invited someone",
  "invitation.revoke": "revoked an invitation",
  "job.retry": "retried a background job",
  "note.add": "added a note",
  "profile.edit": "edited their profile",
  "rating.create": "added a rating",
  "rating.restore": "brought a rating back into use",
  "rating.retire": "retired a rating",
  "rating.update": "edited a rating",
  "source.block": "blocked a source",
  "source.create": "added a source to the registry",
  "source.delete": "deleted a source",
  "source.merge": "merged a duplicate source",
  "source.propose": "proposed a source",
  "source.remove_alias": "removed a source's alias",
  "source.unblock": "unblocked a source",
  "source.update": "edited a source",
  "submission.accept": "accepted a submission",
  "submission.create": "sent a submission",
  "submission.mark_duplicate": "marked a submission as a duplicate",
  "submission.purge_contact": "deleted a submission's contact details",
  "submission.reject": "declined a submission",
  "suggestion.accept": "accepted a suggested claim",
  "suggestion.dismiss": "dismissed a suggested claim",
  "suggestion.record_repeat": "recorded a suggested claim as a repeat",
  "suggestion.reject": "dismissed a suggested claim",
  "suggestion.repeat_found": "found a likely repeat of a checked claim",
  "topic.rename": "renamed a topic",
  "user.change_password": "changed a password",
  "user.change_role": "changed someone's role",
  "user.create": "created an account",
  "user.deactivate": "deactivated an account",
  "user.end_session": "ended a session",
  "user.reactivate": "reactivated an account",
  "user.rename": "renamed an account",
  "user.update_from_cli": "updated an account from the command line",
  "verdict.approve": "approved and published a verdict",
  "verdict.correct": "published a correction of a verdict",
  "verdict.create": "started a verdict draft",
  "verdict.discard_revision": "discarded a correction or update of a verdict",
  "verdict.publish": "approved and published a verdict",
  "verdict.retract": "retracted a verdict",
  "verdict.save_draft": "saved a verdict draft",
  "verdict.save_revision": "saved a draft correction or update of a verdict",
  "verdict.send_back": "sent a verdict back to its author",
  "verdict.send_back_revision": "sent a correction of a verdict back to its author",
  "verdict.start_revision": "started a correction or update of a verdict",
  "verdict.submit": "submitted a verdict for approval",
  "verdict.submit_revision": "submitted a correction or update of a verdict for approval",
  "verdict.update": "published an update of a verdict",
};

/**
 * The phrase for an action; one recorded by a newer version than this list (or by hand) is put
 * in words from its parts ("merge (claimant)" → "did “merge” on a claimant"), never shown raw.
 */
export function auditActionWords(action: string): string {
  const known = AUDIT_ACTION_WORDS[action];
  if (known) return known;
  const [noun, verb] = action.split(".");
  if (!verb) return `did “${action.replace(/_/g, " ")}”`;
  return `did “${verb.replace(/_/g, " ")}” on a ${noun!.replace(/_/g, " ")}`;
}

/** The phrase with a capital, for a column of actions: "Proposed a source". */
export function auditActionLabel(action: string): string {
  const words = auditActionWords(action);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
