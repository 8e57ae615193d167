import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { afterEach, describe, expect, it } from "vitest";
import { SignInForm } from "./SignInForm";

afterEach(cleanup);

// Next's router as the app gives it; the form only pushes to it after an email link is sent.
const router: AppRouterInstance = {
  back() {},
  forward() {},
  refresh() {},
  push() {},
  replace() {},
  prefetch() {},
  bfcacheId: "1",
};

function renderForm(initialError: string | null) {
  return render(
    <AppRouterContext.Provider value={router}>
      <SignInForm
        callbackUrl="/workspace"
        initialError={initialError}
        notice={null}
        methods={{ email: false, github: false, google: false }}
      />
    </AppRouterContext.Provider>,
  );
}

describe("SignInForm", () => {
  it("says an error from the address once: it leaves the address, so a reload opens a fresh form", () => {
    window.history.replaceState(null, "", "/sign-in?callbackUrl=%2Fworkspace&error=AccountDeactivated");
    renderForm("AccountDeactivated");
    expect(screen.getByRole("alert").textContent).toMatch(/This account has been deactivated/);
    expect(window.location.search).toBe("?callbackUrl=%2Fworkspace");
  });

  it("clears a refusal once the form is edited or emptied", () => {
    renderForm("AccountDeactivated");
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "someone@example.org" } });
    expect(screen.getByRole("alert").textContent).toBe("");
  });
});
