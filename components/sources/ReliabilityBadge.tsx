import { Badge, type BadgeTone } from "@/components/ui/Badge";
import type { Reliability } from "@/lib/generated/prisma/enums";
import { reliabilityLabel } from "@/lib/sources/labels";

const tone: Record<Reliability, BadgeTone> = { HIGH: "green", MIXED: "amber", LOW: "red", UNRATED: "neutral" };

export function ReliabilityBadge({ reliability }: { reliability: Reliability }) {
  return <Badge tone={tone[reliability]}>{reliabilityLabel[reliability]}</Badge>;
}
