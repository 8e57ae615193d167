import { connection } from "next/server";
import { feedResponse } from "@/lib/verdicts/feed";

export async function GET() {
  await connection(); // read at request time, never at build time (a build has no database)
  return feedResponse("json");
}
