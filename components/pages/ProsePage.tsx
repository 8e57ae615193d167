import { ReadsWithoutScripts } from "@/components/ui/ReadsWithoutScripts";

/** The frame of a written page (methodology, corrections policy, about): title, lead, sections; no scripts. */
export function ProsePage({ title, lead, children }: { title: string; lead: React.ReactNode; children: React.ReactNode }) {
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:py-14">
      <ReadsWithoutScripts />
      <header className="mb-8">
        <h1 className="font-serif text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{title}</h1>
        <p className="mt-3 text-lg leading-relaxed text-slate-600">{lead}</p>
      </header>
      <div className="space-y-10">{children}</div>
    </article>
  );
}

/** One titled section of a written page; `id` makes it linkable (/methodology#ratings). */
export function ProseSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="scroll-mt-6">
      <h2 id={`${id}-heading`} className="font-serif text-2xl font-bold text-slate-900">
        {title}
      </h2>
      <div className="prose-factdesk mt-4">{children}</div>
    </section>
  );
}
