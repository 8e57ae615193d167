"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/client-ip";
import { env } from "@/lib/env";
import type { MutationResult } from "@/lib/mutation";
import { submitClaim, type Submitted } from "@/lib/submissions/submit";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function sendSubmission(_previous: MutationResult<Submitted> | null, form: FormData): Promise<MutationResult<Submitted>> {
  const ip = clientIp((await headers()).get("x-forwarded-for"), env().trustProxy);
  return submitClaim(
    {
      claimText: text(form, "claimText"),
      url: text(form, "url"),
      contactEmail: text(form, "contactEmail"),
      reason: text(form, "reason"),
      website: text(form, "website"),
    },
    { ip },
  );
}
