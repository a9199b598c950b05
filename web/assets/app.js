// Progressive enhancement of the forms (they work without it): when an
// answer changes, ask the server which questions are now asked, and show
// those, hide (and disable) the others. The server evaluates the
// questionnaire's relevance rules; this script only follows them.
"use strict";
document.querySelectorAll("form[data-relevance]").forEach((form) => {
  let timer = null;
  form.addEventListener("change", () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(form), 120);
  });
});

async function update(form) {
  const body = new URLSearchParams(new FormData(form));
  let asked;
  try {
    const res = await fetch(form.dataset.relevance, {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    if (!res.ok) return;
    asked = new Set(await res.json());
  } catch (e) {
    return;
  }
  form.querySelectorAll("fieldset.field[data-name]").forEach((f) => {
    if (!f.dataset.section) return; // not a question
    const on = asked.has(f.dataset.name);
    f.hidden = !on;
    f.disabled = !on;
  });
  form.querySelectorAll("h4[data-section]").forEach((h) => {
    const shown = form.querySelector(
      `fieldset.field[data-section="${h.dataset.section}"]:not([hidden])`
    );
    h.hidden = !shown;
  });
}
