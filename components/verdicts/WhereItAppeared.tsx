import { QuoteInContext, type Appearance } from "@/components/verdicts/QuoteInContext";

/** "Where the claim appeared": each quote in its context, as the verdict (or a version of it) was published. */
export function WhereItAppeared({ appearances }: { appearances: Appearance[] }) {
  if (appearances.length === 0) return null;
  return (
    <section aria-labelledby="appearances-heading" className="mt-10">
      <h2 id="appearances-heading" className="font-serif text-2xl font-bold text-slate-900">
        Where the claim appeared
      </h2>
      <ul className="mt-4 space-y-4">
        {appearances.map((appearance) => (
          <li key={appearance.id}>
            <QuoteInContext appearance={appearance} />
          </li>
        ))}
      </ul>
    </section>
  );
}
