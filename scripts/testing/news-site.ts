import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local news site for monitoring's tests and benchmark: feeds and articles served on
 * 127.0.0.1, with a count of requests per path. Feeds answer conditional requests (ETag) with 304.
 */

const SENTENCES = [
  "Mayor Lena Ostrova said that the city will build {n} social homes by 2028, more than in the previous decade.",
  "The opposition leader, Piet Sander, claimed the housing budget had been cut by {p} per cent since 2024.",
  "Unemployment in the region fell to {p} per cent last year, according to the statistics office.",
  "The council approved the budget on Monday night after a debate that lasted {h} hours.",
  "Residents queued outside the town hall to hear the vote, and several brought banners.",
  "Finance minister Ada Krol said the new harbour toll would raise {n} million crowns a year.",
  "Critics said the figures were wrong and that the toll would cost shipping firms twice as much.",
  "The harbour handled {n} thousand containers in 2025, a record for the port.",
];

/** An article of about `words` words; `n` makes its figures (and so its text) its own. */
export function articleHtml(n: number, words = 200, title = `Council news ${n}`): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = SENTENCES[(n + i) % SENTENCES.length]!.replace("{n}", String(1000 + ((n * 7 + i) % 9000)))
      .replace("{p}", String(2 + ((n + i) % 30)))
      .replace("{h}", String(2 + ((n + i) % 9)));
    paragraphs.push(`<p>${sentence} (${n}-${i})</p>`);
    count += sentence.split(" ").length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Valdor Courier"><meta property="article:published_time" content="2026-12-01T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${title}</h1><p class="byline">By Mira Holm</p>
${paragraphs.join("\n")}
</article></main><footer>Valdor Courier</footer></body></html>`;
}

export function rssFeed(origin: string, paths: string[], title = "Valdor Courier"): string {
  const items = paths
    .map(
      (p) =>
        `<item><title>Story ${p}</title><link>${origin}${p}</link><guid>${origin}${p}</guid><pubDate>Mon, 01 Dec 2026 08:00:00 GMT</pubDate></item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>${origin}/</link><description>News</description>${items}</channel></rss>`;
}

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export type NewsSite = {
  origin: string;
  hostPort: string;
  /** Requests per path (without query). */
  hits: Map<string, number>;
  /** Sets what a path answers: an article, a feed, or a handler of its own. */
  route(path: string, answer: { html?: string; feed?: string; contentType?: string; etag?: string } | Route): void;
  close(): Promise<void>;
};

export async function startNewsSite(): Promise<NewsSite> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end("not found");
      return;
    }
    route(request, response);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    hostPort: `127.0.0.1:${port}`,
    hits,
    route(path, answer) {
      if (typeof answer === "function") {
        routes.set(path, answer);
        return;
      }
      const body = answer.feed ?? answer.html ?? "";
      const contentType = answer.contentType ?? (answer.feed ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8");
      routes.set(path, (request, response) => {
        if (answer.etag && request.headers["if-none-match"] === answer.etag) {
          response.writeHead(304, { ETag: answer.etag });
          response.end();
          return;
        }
        response.writeHead(200, { "Content-Type": contentType, ...(answer.etag ? { ETag: answer.etag } : {}) });
        response.end(body);
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
