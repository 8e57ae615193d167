// Copy buttons of pages sent without Next.js's scripts (components/ui/CopyFieldButton.tsx): each
// button names the field whose text it copies and starts hidden, so that without JavaScript no
// dead button is shown; the text stays on the page to select by hand.
for (const button of document.querySelectorAll("button[data-copy-from]")) {
  const field = document.getElementById(button.dataset.copyFrom);
  const status = document.getElementById(button.dataset.copyStatus);
  if (!field || !status) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = "Copied to the clipboard.";
    } catch {
      status.textContent = "Could not copy: select the code and copy it by hand.";
    }
  });
}
