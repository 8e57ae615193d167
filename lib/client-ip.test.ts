import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("uses the socket address that Next.js wrote when no proxy is trusted", () => {
    expect(clientIp("203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("takes the address the trusted proxy appended, not what the client wrote before it", () => {
    expect(clientIp("10.0.0.1, 198.51.100.4", 1)).toBe("198.51.100.4");
    expect(clientIp("1.1.1.1, 198.51.100.4, 10.0.0.2", 2)).toBe("198.51.100.4");
  });

  it("falls back to the first entry when there are fewer entries than proxies", () => {
    expect(clientIp("198.51.100.4", 3)).toBe("198.51.100.4");
  });

  it("names an unknown client when there is no header", () => {
    expect(clientIp(undefined, 0)).toBe("unknown");
    expect(clientIp("", 1)).toBe("unknown");
  });
});
