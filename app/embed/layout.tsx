/**
 * Cards that other sites show in an iframe: no site header, footer or navigation, just the card.
 * The root layout (app/layout.tsx) still provides <html>, <body>, fonts and styles.
 */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <main className="p-1">{children}</main>;
}
