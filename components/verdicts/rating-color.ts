import { parseHexColor } from "@/lib/contrast";

/** The rating's colour when it is a plain hex colour; otherwise a neutral slate (never raw CSS). */
export function ratingColor(color: string | null | undefined): string {
  return color && parseHexColor(color) ? color : "#64748b";
}
