// Names offered as one types in the search page's claimant and source filters
// (components/search/NameField.tsx): fills each field's datalist from /search/suggestions.
// Without JavaScript the field is a plain text field and the server resolves what is typed.
for (const input of document.querySelectorAll("input[data-name-suggestions]")) {
  const list = document.getElementById(input.getAttribute("list"));
  if (!list) continue;
  let timer = null;
  let pending = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return;
    // A short pause, so that a fast typist sends one request per word rather than per letter.
    timer = setTimeout(async () => {
      pending?.abort();
      pending = new AbortController();
      const query = new URLSearchParams({ field: input.dataset.nameSuggestions, q });
      try {
        const response = await fetch(`/search/suggestions?${query}`, { signal: pending.signal });
        if (!response.ok) return;
        const { names } = await response.json();
        list.replaceChildren(...names.map((name) => Object.assign(document.createElement("option"), { value: name })));
      } catch {
        // Aborted by the next keystroke, or offline: the field still works as plain text.
      }
    }, 150);
  });
}
