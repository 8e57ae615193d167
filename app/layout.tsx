import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import { GeistMono } from "geist/font/mono";
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

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
