import Link from "next/link";

/** Topics as a row of links, each with how many published fact checks it has. */
export function TopicLinks({ topics, label }: { topics: { slug: string; name: string; verdictCount: number }[]; label: string }) {
  if (topics.length === 0) return <p className="text-slate-600">No topics yet.</p>;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link
            href={`/topics/${topic.slug}`}
            className="inline-flex items-center gap-2 rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:border-slate-500 hover:bg-slate-50"
          >
            {topic.name}
            <span className="rounded-full bg-slate-100 px-1.5 text-xs text-slate-700 tabular-nums">
              {topic.verdictCount}
              <span className="sr-only"> fact {topic.verdictCount === 1 ? "check" : "checks"}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
