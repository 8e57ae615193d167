// Runs once when the server starts: a missing or invalid setting stops it with its name.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitOnInvalidEnv } = await import("@/lib/env");
    exitOnInvalidEnv();
    // Public pages cached by an earlier server may describe another database: start cold.
    const { dropCacheOfEarlierServers } = await import("@/lib/public-cache");
    await dropCacheOfEarlierServers();
    // Submitters' contact details are deleted 90 days after closing: checked daily.
    const [{ scheduleDailyContactPurge }, { db }] = await Promise.all([import("@/lib/submissions/retention"), import("@/lib/db")]);
    scheduleDailyContactPurge(db);
  }
}
