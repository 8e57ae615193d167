import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleFetchError, fetchArticlePage, type FetchOptions } from "./fetch";

// A real local HTTP server plays the news site. 127.0.0.1 is a loopback address, which the
// fetcher refuses unless the test names its exact host:port in the test-only allowance.
let server: http.Server;
let origin: string;
let allow: FetchOptions;

const PAGE = "<!doctype html><html><head><title>Harbour toll</title></head><body><p>The toll rises.</p></body></html>";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    if (path === "/article") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return response.end(PAGE);
    }
    if (path === "/latin1") {
      response.writeHead(200, { "Content-Type": "text/html; charset=iso-8859-1" });
      return response.end(Buffer.from("<p>Caf\xe9 prices</p>", "latin1"));
    }
    if (path === "/moved") {
      response.writeHead(301, { Location: "/article" });
      return response.end();
    }
    if (path === "/to-localhost") {
      // Same server, but named differently: localhost:port is not in the allowance.
      response.writeHead(302, { Location: `http://localhost:${(server.address() as AddressInfo).port}/article` });
      return response.end();
    }
    if (path === "/to-metadata") {
      response.writeHead(302, { Location: "http://169.254.169.254/latest/meta-data/" });
      return response.end();
    }
    if (path === "/to-file") {
      response.writeHead(302, { Location: "file:///etc/passwd" });
      return response.end();
    }
    if (path === "/loop") {
      response.writeHead(302, { Location: "/loop" });
      return response.end();
    }
    if (path === "/huge") {
      // No Content-Length: the fetcher must count while streaming and stop.
      response.writeHead(200, { "Content-Type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const pump = () => {
        while (sent < 200 && response.write(chunk)) sent++;
        if (sent < 200) response.once("drain", pump);
        else response.end();
      };
      response.on("error", () => {});
      return pump();
    }
    if (path === "/declared-huge") {
      response.writeHead(200, { "Content-Type": "text/html", "Content-Length": String(50 * 1024 * 1024) });
      return response.end("<p>short</p>");
    }
    if (path === "/slow") {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.write("<p>");
      return; // never ends
    }
    if (path === "/pdf") {
      response.writeHead(200, { "Content-Type": "application/pdf" });
      return response.end("%PDF-1.7");
    }
    response.writeHead(404, { "Content-Type": "text/html" });
    response.end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allow = { testAllowHosts: [`127.0.0.1:${port}`] };
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function refusal(promise: Promise<unknown>): Promise<ArticleFetchError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ArticleFetchError);
  return error as ArticleFetchError;
}

describe("fetchArticlePage", () => {
  it("fetches a page from an origin in the test-only allowance", async () => {
    const page = await fetchArticlePage(`${origin}/article`, allow);
    expect(page).toEqual({
      url: `${origin}/article`,
      contentType: "text/html",
      body: PAGE,
      notModified: false,
      etag: null,
      lastModified: null,
    });
  });

  it("decodes the charset the server names", async () => {
    expect((await fetchArticlePage(`${origin}/latin1`, allow)).body).toBe("<p>Café prices</p>");
  });

  it("refuses the same loopback address without the allowance, saying why", async () => {
    const error = await refusal(fetchArticlePage(`${origin}/article`, { testAllowHosts: [] }));
    expect(error.reason).toBe("private-address");
    expect(error.message).toMatch(/^That address points to a private network/);
  });

  it("allows exact host:port pairs only: another port of the same host is refused", async () => {
    const error = await refusal(fetchArticlePage(`${origin}/article`, { testAllowHosts: ["127.0.0.1:1"] }));
    expect(error.reason).toBe("private-address");
  });

  it("refuses private, link-local and meta addresses given directly", async () => {
    for (const url of [
      "http://10.0.0.8/",
      "http://192.168.1.1/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]/",
      "http://0.0.0.0/",
    ]) {
      expect((await refusal(fetchArticlePage(url, { testAllowHosts: [] }))).reason, url).toBe("private-address");
    }
  });

  it("follows a redirect within allowed origins", async () => {
    const page = await fetchArticlePage(`${origin}/moved`, allow);
    expect(page.url).toBe(`${origin}/article`);
    expect(page.body).toBe(PAGE);
  });

  it("checks every redirect hop: a redirect to a refused address is refused", async () => {
    expect((await refusal(fetchArticlePage(`${origin}/to-localhost`, allow))).reason).toBe("private-address");
    expect((await refusal(fetchArticlePage(`${origin}/to-metadata`, allow))).reason).toBe("private-address");
    const scheme = await refusal(fetchArticlePage(`${origin}/to-file`, allow));
    expect(scheme.reason).toBe("scheme");
    expect(scheme.message).toContain("file:");
  });

  it("gives up after too many redirects", async () => {
    const error = await refusal(fetchArticlePage(`${origin}/loop`, allow));
    expect(error.reason).toBe("too-many-redirects");
    expect(error.message).toBe("The site redirected more than 5 times; giving up.");
  });

  it("stops reading a page larger than the limit, streamed or declared", async () => {
    const streamed = await refusal(fetchArticlePage(`${origin}/huge`, allow));
    expect(streamed.reason).toBe("too-large");
    expect(streamed.message).toMatch(/^The page is larger than 5 MB/);
    expect((await refusal(fetchArticlePage(`${origin}/declared-huge`, allow))).reason).toBe("too-large");
  });

  it("gives up on a site that does not finish answering in time", async () => {
    const started = Date.now();
    const error = await refusal(fetchArticlePage(`${origin}/slow`, { ...allow, timeoutMs: 500 }));
    expect(error.reason).toBe("timeout");
    expect(error.message).toBe("The site did not answer within 0.5 seconds.");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("refuses other schemes, malformed addresses, error pages and non-HTML content", async () => {
    for (const url of ["ftp://example.com/a", "file:///etc/passwd", "javascript:alert(1)"]) {
      expect((await refusal(fetchArticlePage(url, allow))).reason, url).toBe("scheme");
    }
    expect((await refusal(fetchArticlePage("not a url", allow))).reason).toBe("invalid-url");
    const missing = await refusal(fetchArticlePage(`${origin}/nothing`, allow));
    expect(missing.message).toBe("The site answered with an error (HTTP 404) instead of the page.");
    const pdf = await refusal(fetchArticlePage(`${origin}/pdf`, allow));
    expect(pdf.reason).toBe("content-type");
    expect(pdf.message).toContain("application/pdf");
  });
});
