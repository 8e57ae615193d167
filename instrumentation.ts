// Runs once when the server starts: a missing or invalid setting stops it with its name.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitOnInvalidEnv } = await import("@/lib/env");
    exitOnInvalidEnv();
  }
}
