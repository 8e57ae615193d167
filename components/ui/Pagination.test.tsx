import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Pagination } from "./Pagination";

afterEach(cleanup);

describe("Pagination", () => {
  it("puts the total's noun in its number", () => {
    render(<Pagination basePath="/moderation" page={1} pageCount={1} total={1} noun="sources" one="source" />);
    expect(screen.getByText("Page 1 of 1 · 1 source")).toBeTruthy();
    cleanup();
    render(<Pagination basePath="/moderation" page={1} pageCount={1} total={1200} noun="sources" one="source" />);
    expect(screen.getByText("Page 1 of 1 · 1,200 sources")).toBeTruthy();
    cleanup();
    render(<Pagination basePath="/workspace" page={1} pageCount={9} total="more than 200" noun="claims" one="claim" />);
    expect(screen.getByText("Page 1 of 9 · more than 200 claims")).toBeTruthy();
  });
});
