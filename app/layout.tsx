import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { env } from "@/lib/env";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { siteUrl, orgName } = env();
  return {
    metadataBase: new URL(siteUrl),
    title: { default: `${orgName} — fact checks`, template: `%s · ${orgName}` },
    description: `Published fact checks by ${orgName}: claims, evidence and verdicts.`,
  };
}

/**
 * Geist (SIL OFL, from the `geist` package), cut down for the web (docs/decisions/026-whole-page-cache.md):
 * the weights pages use (400–700 of the variable font) and Latin script (Basic, Latin-1, Extended-A,
 * punctuation): 22 KB instead of 70 KB. Other scripts fall back to the system's sans-serif. Made
 * with fontTools (Debian python3-fonttools):
 *   fonttools varLib.instancer Geist-Variable.ttf wght=400:700 -o geist.ttf
 *   pyftsubset geist.ttf --unicodes=U+0000-017F,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,
 *     U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212,U+2215,U+FEFF,U+FFFD
 *     --layout-features=kern,liga,calt,tnum,lnum,ccmp,locl,mark,mkmk --flavor=woff2
 * Monospace text (domains, code) uses the system's monospace font: no second download.
 */
const geistSans = localFont({
  src: "./fonts/geist-sans-latin.woff2",
  variable: "--font-geist-sans",
  weight: "400 700",
  display: "swap",
});

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={geistSans.variable}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
