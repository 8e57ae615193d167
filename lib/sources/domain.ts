/**
 * The one way to turn a URL or a domain into a source key (Source.domain): lower case, no
 * "www.", no port, no trailing dot, international names in punycode. Every feature that matches
 * sources (ingest, evidence, the registry) goes through this function.
 */
export function toSourceKey(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === "") return null;

  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^/:]+:\d+(\/|$)/.test(trimmed);
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `http://${trimmed.replace(/^\/\//, "")}`);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;

  // WHATWG URL parsing already lower-cases the host and converts it to punycode (IDNA).
  let host = url.hostname.replace(/\.+$/, "");
  if (host.startsWith("www.")) host = host.slice(4);

  if (host === "" || host.startsWith(".") || host.includes("..")) return null;
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith("[");
  if (!isIp && !host.includes(".")) return null;
  return host;
}
