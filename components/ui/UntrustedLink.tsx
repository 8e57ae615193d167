import { httpUrlOrNull } from "@/lib/safe-url";

/**
 * A link to a URL that came from pasted input (an article, a piece of evidence): rendered as a
 * link only when it is http(s), otherwise as plain text; never passes ranking to the target.
 */
export function UntrustedLink({ href, children }: { href: string | null | undefined; children: React.ReactNode }) {
  const url = httpUrlOrNull(href);
  if (!url) return <>{children}</>;
  return (
    <a href={url} rel="nofollow noopener" className="underline underline-offset-2 hover:decoration-2">
      {children}
    </a>
  );
}
