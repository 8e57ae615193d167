import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MergeForm } from "./MergeForm";

afterEach(cleanup);

const action = async () => ({ ok: true as const, data: null });

describe("MergeForm", () => {
  it("tells two records of one name apart by their details (a source's domain)", () => {
    render(
      <MergeForm
        survivor={{ id: "a", name: "The Northharbour Herald", version: 1, detail: "northharbour-herald.example" }}
        duplicate={{ id: "b", name: "The Northharbour Herald", version: 3, detail: "herald.example" }}
        action={action}
      />,
    );
    expect(
      screen.getByRole("button", {
        name: "Merge “The Northharbour Herald” (herald.example) into “The Northharbour Herald” (northharbour-herald.example)",
      }),
    ).toBeTruthy();
  });

  it("names records without details by name alone", () => {
    render(
      <MergeForm
        survivor={{ id: "a", name: "Lena Ortiz", version: 1 }}
        duplicate={{ id: "b", name: "L. Ortiz", version: 1 }}
        action={action}
      />,
    );
    expect(screen.getByRole("button", { name: "Merge “L. Ortiz” into “Lena Ortiz”" })).toBeTruthy();
  });
});
