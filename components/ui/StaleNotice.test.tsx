import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { StaleNotice } from "./StaleNotice";

afterEach(cleanup);

describe("StaleNotice", () => {
  it("lists each field as someone else saved it, with what saving again does", () => {
    render(
      <StaleNotice
        fields={[
          { label: "Claim", value: "Bus fares rose by a third." },
          { label: "Topics", value: "none" },
        ]}
      />,
    );
    const notice = screen.getByTestId("stale-version");
    expect(within(notice).getByText("Saved meanwhile by someone else:")).toBeTruthy();
    expect(
      within(notice)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Claim: Bus fares rose by a third.", "Topics: none"]);
    expect(notice.textContent).toContain("Saving again replaces it with what is in the form.");
  });

  it("renders what was saved as text, never as markup", () => {
    render(<StaleNotice fields={[{ label: "Title", value: "<img src=x onerror=alert(1)>" }]} note={null} />);
    const notice = screen.getByTestId("stale-version");
    expect(notice.querySelector("img")).toBeNull();
    expect(within(notice).getByRole("listitem").textContent).toBe("Title: <img src=x onerror=alert(1)>");
    expect(notice.textContent).not.toContain("Saving again");
  });
});
