export function PageHeader({
  title,
  description,
  children,
}: {
  title: string;
  description?: React.ReactNode;
  /** Extra content on the right on wide screens (counts, actions). */
  children?: React.ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-x-6 gap-y-2 border-b border-slate-200 pb-4">
      <div className="min-w-0">
        <h1 className="font-serif text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
        {description ? <p className="mt-1 max-w-prose text-base leading-relaxed text-slate-600">{description}</p> : null}
      </div>
      {children ? <div className="text-sm text-slate-600">{children}</div> : null}
    </div>
  );
}
