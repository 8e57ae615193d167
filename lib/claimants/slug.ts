/** A URL slug from a name: "Ilse Varño" → "ilse-varno" (ASCII, lower case, hyphens). */
export function slugify(name: string, fallback = "claimant"): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || fallback;
}
