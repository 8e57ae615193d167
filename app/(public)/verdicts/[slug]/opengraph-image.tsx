import { ImageResponse } from "next/og";
import { connection } from "next/server";
import { ratingColor } from "@/components/verdicts/rating-color";
import { whiteTextMeetsAA } from "@/lib/contrast";
import { env } from "@/lib/env";
import { drawable, loadOgFonts } from "@/lib/og/fonts";
import { shorten } from "@/lib/text";
import { getVerdictCard } from "@/lib/verdicts/card";

export const alt = "The fact check's rating, the claim and who made it";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

const RETRACTED_RED = "#b91c1c";

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const verdict = await getVerdictCard(slug);
  if (!verdict) return new Response("Not found", { status: 404 });

  const retracted = verdict.status === "RETRACTED";
  const accent = retracted ? RETRACTED_RED : ratingColor(verdict.rating?.color);
  const label = retracted ? "Retracted" : (verdict.rating?.label ?? "Not rated");
  const solid = retracted || whiteTextMeetsAA(accent);
  const { fonts, covered } = await loadOgFonts();
  const text = (value: string) => drawable(value, covered);
  const claim = shorten(text(verdict.claim.text), 150);
  const claimant = verdict.claim.claimant ? text(verdict.claim.claimant.name) : "";

  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        backgroundColor: "#ffffff",
        borderLeft: `28px solid ${accent}`,
        padding: "56px 72px 56px 64px",
        fontFamily: "Geist",
        color: "#0f172a",
      }}
    >
      <div style={{ display: "flex", alignItems: "baseline", gap: 16 }}>
        <span style={{ fontSize: 36, fontWeight: 700 }}>{text(env().orgName)}</span>
        <span style={{ fontSize: 22, fontWeight: 700, letterSpacing: 3, color: "#475569" }}>FACT CHECK</span>
      </div>
      <div style={{ display: "flex", marginTop: 40 }}>
        <div
          style={{
            display: "flex",
            alignItems: "center",
            gap: 16,
            fontSize: 44,
            fontWeight: 700,
            padding: "10px 28px",
            borderRadius: 12,
            color: solid ? "#ffffff" : "#0f172a",
            backgroundColor: solid ? accent : "#ffffff",
            border: `5px solid ${accent}`,
          }}
        >
          {solid ? null : <div style={{ width: 22, height: 22, borderRadius: 11, backgroundColor: accent }} />}
          {text(label)}
        </div>
      </div>
      <div style={{ display: "flex", marginTop: 36, fontSize: claim.length > 90 ? 46 : 56, fontWeight: 700, lineHeight: 1.2 }}>
        {claim ? `“${claim}”` : ""}
      </div>
      <div style={{ display: "flex", marginTop: "auto", fontSize: 30, color: "#334155" }}>{claimant ? `Claimed by ${claimant}` : ""}</div>
    </div>,
    { ...size, fonts },
  );
}
