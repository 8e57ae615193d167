/** Sign-in errors (next-auth's codes and ours) as sentences for the sign-in page. */
const MESSAGES: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an account. Check both and try again.",
  RateLimited: "Too many failed sign-ins. Wait a minute, then try again.",
  AccountDeactivated: "This account has been deactivated. Ask an administrator if you need access again.",
  AccessDenied: "That account is not a staff account here, or it has been deactivated.",
  OAuthAccountNotLinked: "That email belongs to an account that signs in another way.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  EmailSignin: "The sign-in email could not be sent. Try again or use your password.",
  SessionEnded: "Your session has ended. Sign in again to continue.",
};

export function signInMessage(code: string | undefined | null): string | null {
  if (!code) return null;
  return MESSAGES[code] ?? "Sign-in failed. Try again.";
}
