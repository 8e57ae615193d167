import { z } from "zod";
import type { Site } from "@/lib/verdicts/claim-review";
import { claimReviewSchema, errorSchema, listParameterFields, verdictItemSchema, verdictListSchema } from "./schemas";

/**
 * The OpenAPI 3.1 document of the read API, generated from the zod schemas the routes validate
 * and answer with (lib/api/schemas.ts, lib/search/filters.ts).
 */

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function componentSchemas() {
  const registry = z.registry<{ id: string }>();
  registry.add(claimReviewSchema, { id: "ClaimReview" });
  registry.add(verdictItemSchema, { id: "Verdict" });
  registry.add(verdictListSchema, { id: "VerdictList" });
  registry.add(errorSchema, { id: "Error" });
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  // Components live inside the document: drop the per-schema $schema and $id.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema, $id, ...schema }]) => [id, schema]));
}

function parameterSchema(schema: z.ZodType) {
  const { $schema, description, ...json } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" });
  return { json, description };
}

const jsonContent = (schema: object) => ({ "application/json": { schema } });

const cacheHeaders = {
  ETag: { description: "Hash of the body; send it back in If-None-Match to get 304.", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string" } },
  "Access-Control-Allow-Origin": { schema: { type: "string", const: "*" } },
};

export function openApiDocument(site: Site) {
  const listParameters = Object.entries(listParameterFields).map(([name, field]) => {
    const { json, description } = parameterSchema(field);
    return { name, in: "query", required: false, description, schema: json };
  });
  const notModified = { description: "Not modified (If-None-Match matched the ETag).", headers: cacheHeaders };
  const badRequest = { description: "An invalid parameter.", content: jsonContent(ref("Error")) };

  return {
    openapi: "3.1.0",
    info: {
      title: `${site.orgName} fact checks: read API`,
      version: "1",
      description:
        "Published verdicts of fact checks, with their schema.org ClaimReview. A verdict that was retracted stays, " +
        'in lists and by id, with status "retracted", its retraction (date and reason) and no ClaimReview. ' +
        "With q, results are ranked among the newest 1,000 matches.",
    },
    servers: [{ url: `${site.siteUrl}/api/v1` }],
    paths: {
      "/verdicts": {
        get: {
          operationId: "listVerdicts",
          summary: "Published and retracted verdicts: newest first, or by relevance with q",
          parameters: listParameters,
          responses: {
            "200": { description: "A page of verdicts.", headers: cacheHeaders, content: jsonContent(ref("VerdictList")) },
            "304": notModified,
            "400": badRequest,
            "503": {
              description: "The search took too long (a query of very common or only excluded words); try a narrower one.",
              content: jsonContent(ref("Error")),
            },
          },
        },
      },
      "/verdicts/{id}": {
        get: {
          operationId: "getVerdict",
          summary: "One verdict by id (published or retracted)",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "The verdict.", headers: cacheHeaders, content: jsonContent(ref("Verdict")) },
            "304": notModified,
            "404": { description: "No public verdict has this id.", content: jsonContent(ref("Error")) },
          },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
