"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A labelled region around content that may scroll sideways. It is a tab stop (so keyboard users
 * can scroll it) only while its content is wider than it is: not on phones, where tables are cards
 * and nothing scrolls. Without JavaScript it stays a tab stop.
 */
export function ScrollRegion({ label, className, children }: { label: string; className: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(true);
  useEffect(() => {
    const region = ref.current;
    if (!region) return;
    const measure = () => setScrolls(region.scrollWidth > region.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(region);
    if (region.firstElementChild) observer.observe(region.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    // A scrolling region must be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div ref={ref} role="region" aria-label={label} tabIndex={scrolls ? 0 : undefined} className={className}>
      {children}
    </div>
  );
}
