/**
 * `npm run user:create -- --email ana@example.org --role ADMIN [--name "Ana Reyes"] [--password …]`
 * Creates a staff account, or updates the role, name and password of an existing one (and
 * reactivates it if it was deactivated: this is also how access is given back). Without
 * --password it asks for one (twice, not echoed). Uses DATABASE_URL, or the embedded database of
 * `npm start` when DATABASE_URL is unset (stop `npm start` first: one process owns that database).
 * Written through the write path's system variant (lib/users/mutations.ts setUpStaffAccount): its
 * audit event has no actor and names the command.
 */
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db";
import { ROLES } from "@/lib/permissions";
import { setUpStaffAccount } from "@/lib/users/mutations";
import { startEmbeddedDb, type EmbeddedDb } from "./db/embedded";
import { prisma } from "./prisma-cli";

const argsSchema = z.object({
  email: z.email("--email must be an email address").transform((email) => email.trim().toLowerCase()),
  role: z.enum(ROLES, { error: `--role must be one of ${ROLES.join(", ")}` }),
  name: z.string().trim().min(2, "--name needs at least 2 characters").optional(),
  password: passwordSchema.optional(),
});

function ask(question: string, hidden: boolean): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    if (hidden) {
      // Print the question, then swallow the echo of what is typed.
      const output = rl as unknown as { _writeToOutput: (text: string) => void };
      output._writeToOutput = (text: string) => {
        if (text.includes(question)) process.stdout.write(text);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function promptPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("No --password given and no terminal to ask for one.");
  for (;;) {
    const first = await ask("Password (at least 12 characters): ", true);
    const checked = passwordSchema.safeParse(first);
    if (!checked.success) {
      console.error(checked.error.issues[0]?.message);
      continue;
    }
    if ((await ask("Repeat the password: ", true)) === first) return first;
    console.error("The two passwords differ; try again.");
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => issue.message).join("\n"));
    console.error('Usage: npm run user:create -- --email you@example.org --role ADMIN [--name "Your Name"] [--password …]');
    return 2;
  }
  const args = parsed.data;
  const password = args.password ?? (await promptPassword());

  let embedded: EmbeddedDb | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDb({
      name: "app",
      database: "factdesk",
      port: Number(process.env.FACTDESK_DB_PORT ?? 54329),
      log: () => {},
    });
    url = embedded.url;
    prisma(["migrate", "deploy"], url);
  }
  const db = createPrismaClient(url);
  try {
    const result = await setUpStaffAccount({ ...args, password }, { db });
    if (!result.ok) {
      console.error(
        Object.values(result.fieldErrors ?? {})
          .flat()
          .join("\n") || result.message,
      );
      return 2;
    }
    const user = result.data;
    console.log(`${user.created ? "Created" : "Updated"} ${user.role.toLowerCase()} ${user.email} (${user.name}).`);
    return 0;
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
