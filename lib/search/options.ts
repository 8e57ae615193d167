import "server-only";
import { db } from "@/lib/db";

/** The choices of the search form's rating and topic menus (public fields only). */
export async function listSearchOptions() {
  const [ratings, topics] = await Promise.all([
    db.rating.findMany({ where: { retiredAt: null }, orderBy: { position: "asc" }, select: { key: true, label: true } }),
    db.topic.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { ratings, topics };
}
