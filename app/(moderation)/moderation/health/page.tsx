import { RetryJobButton } from "@/components/monitoring/RetryJobButton";
import { PageHeader } from "@/components/ui/PageHeader";
import { EmptyRow, NoValue, Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/Table";
import { failedJobs, feedHealth, queueDepth } from "@/lib/monitoring/health";
import { requireStaffPage } from "@/lib/session";
import { retryJob } from "./actions";

export const metadata = { title: "Monitoring health" };

const JOB_LABELS: Record<string, string> = { "feed.poll": "Feed polls", "article.ingest": "Articles to take in" };

function When({ date, none }: { date: Date | null; none: string }) {
  if (!date) return <NoValue label={none} />;
  return <time dateTime={date.toISOString()}>{date.toISOString().slice(0, 16).replace("T", " ")} UTC</time>;
}

export default async function MonitoringHealthPage() {
  await requireStaffPage("/moderation/health");
  const [feeds, depth, failed] = await Promise.all([feedHealth(), queueDepth(), failedJobs()]);

  return (
    <>
      <PageHeader
        title="Monitoring health"
        description="The watched feeds, the work waiting for the workers, and jobs that failed after all their retries."
      />
      <h2 className="mt-6 mb-2 text-lg font-semibold text-slate-900">Job queue</h2>
      <Table caption="Job queue depth">
        <TableHead>
          <Th>Queue</Th>
          <Th align="right">Waiting</Th>
          <Th align="right">Waiting to retry</Th>
          <Th align="right">Running</Th>
          <Th align="right">Failed</Th>
        </TableHead>
        <TableBody>
          {depth.map((queue) => (
            <Tr key={queue.name} hover={false}>
              <Td>{JOB_LABELS[queue.name] ?? queue.name}</Td>
              <Td align="right" label="Waiting">
                {queue.waiting}
              </Td>
              <Td align="right" label="Waiting to retry">
                {queue.retrying}
              </Td>
              <Td align="right" label="Running">
                {queue.running}
              </Td>
              <Td align="right" label="Failed">
                {queue.failed}
              </Td>
            </Tr>
          ))}
        </TableBody>
      </Table>

      <h2 className="mt-8 mb-2 text-lg font-semibold text-slate-900">Feeds</h2>
      <Table caption="Watched feeds">
        <TableHead>
          <Th>Feed</Th>
          <Th>State</Th>
          <Th>Last checked</Th>
          <Th>Last new item</Th>
          <Th align="right">Items a day</Th>
          <Th>Error</Th>
        </TableHead>
        <TableBody>
          {feeds.length === 0 ? <EmptyRow columns={6}>No feeds are watched yet.</EmptyRow> : null}
          {feeds.map((feed) => (
            <Tr key={feed.id} hover={false}>
              <Td>
                <span className="font-medium">{feed.title ?? feed.sourceName}</span>
                <span className="block text-xs break-all text-slate-600">
                  {feed.title ? `${feed.sourceName} · ` : ""}
                  {feed.url}
                </span>
              </Td>
              <Td label="State">
                {feed.sourceBlocked
                  ? "Source blocked"
                  : feed.status === "PAUSED"
                    ? "Paused"
                    : feed.consecutiveFailures > 0
                      ? `Failing (${feed.consecutiveFailures}×)`
                      : "OK"}
              </Td>
              <Td label="Last checked">
                <When date={feed.lastCheckedAt} none="never checked" />
              </Td>
              <Td label="Last new item">
                <When date={feed.lastNewItemAt} none="none yet" />
              </Td>
              <Td align="right" label="Items a day">
                {feed.itemsPerDay}
                {feed.failedItems ? <span className="block text-xs text-red-800">{feed.failedItems} failed this week</span> : null}
              </Td>
              <Td label="Error" wide>
                {feed.lastError ? (
                  <span className="text-red-800">
                    {feed.lastError} <When date={feed.lastErrorAt} none="" />
                  </span>
                ) : (
                  <NoValue label="no error" />
                )}
              </Td>
            </Tr>
          ))}
        </TableBody>
      </Table>

      <h2 className="mt-8 mb-2 text-lg font-semibold text-slate-900">Failed jobs</h2>
      <Table caption="Failed jobs">
        <TableHead>
          <Th>Job</Th>
          <Th>Error</Th>
          <Th align="right">Tries</Th>
          <Th>Failed</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </TableHead>
        <TableBody>
          {failed.length === 0 ? <EmptyRow columns={5}>No failed jobs.</EmptyRow> : null}
          {failed.map((job) => (
            <Tr key={job.id} hover={false}>
              <Td>
                <span className="font-medium">{JOB_LABELS[job.name] ?? job.name}</span>
                <span className="block text-xs break-all text-slate-600">{job.subject}</span>
              </Td>
              <Td label="Error" wide>
                <span className="text-red-800">{job.error}</span>
              </Td>
              <Td align="right" label="Tries">
                {job.tries}
              </Td>
              <Td label="Failed">
                <When date={job.failedAt} none="unknown" />
              </Td>
              <Td>
                <RetryJobButton jobId={job.id} label={`${JOB_LABELS[job.name] ?? job.name} ${job.subject}`} action={retryJob} />
              </Td>
            </Tr>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
