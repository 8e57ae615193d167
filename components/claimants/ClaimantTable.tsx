import Link from "next/link";
import { EmptyRow, Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/Table";
import type { ModerationClaimant } from "@/lib/claimants/queries";

/** The moderation list of claimants: names (with the names merged into them), slug, claims. */
export function ClaimantTable({ claimants, filtered }: { claimants: ModerationClaimant[]; filtered: boolean }) {
  return (
    <Table caption="Claimants">
      <TableHead>
        <Th>Name</Th>
        <Th>Address</Th>
        <Th align="right">Claims</Th>
        <Th>
          <span className="sr-only">Actions</span>
        </Th>
      </TableHead>
      <TableBody>
        {claimants.length === 0 ? (
          <EmptyRow columns={4}>{filtered ? "No claimant matches this search." : "No claimants yet."}</EmptyRow>
        ) : null}
        {claimants.map((claimant) => (
          <Tr key={claimant.id}>
            <Td className="font-medium sm:min-w-44">
              {claimant.name}
              {claimant.aliases.length > 0 ? (
                <span className="block text-sm font-normal text-slate-600">
                  also known as {claimant.aliases.map((alias) => alias.name).join(", ")}
                </span>
              ) : null}
            </Td>
            <Td label="Address" className="font-mono text-[0.8rem] break-all">
              /claimants/{claimant.slug}
            </Td>
            <Td label="Claims" align="right" className="tabular-nums">
              {claimant._count.claims}
            </Td>
            <Td>
              <Link
                href={`/moderation/claimants/${claimant.id}/merge`}
                className="inline-block rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100"
              >
                Merge a duplicate<span className="sr-only"> into {claimant.name}</span>
              </Link>
            </Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
  );
}
