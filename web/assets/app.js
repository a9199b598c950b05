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

// Repeat groups (documents, …): the server draws the items answered and
// room for two more. Here only the first empty item shows, and a button
// shows the next one, or makes another (up to the group's maximum).
document.querySelectorAll("button.add-item[data-repeat]").forEach((button) => {
  const repeat = button.dataset.repeat;
  const form = button.form;
  const fieldsOf = (n) =>
    Array.from(form.querySelectorAll("fieldset.field[data-repeat]")).filter(
      (f) => f.dataset.repeat === repeat && f.dataset.item === String(n)
    );
  const items = () => {
    const seen = new Set();
    form.querySelectorAll("fieldset.field[data-repeat]").forEach((f) => {
      if (f.dataset.repeat === repeat) seen.add(Number(f.dataset.item));
    });
    return Array.from(seen).sort((a, b) => a - b);
  };
  const room = items().filter((n) => fieldsOf(n).some((f) => "room" in f.dataset));
  room.slice(1).forEach((n) => fieldsOf(n).forEach((f) => f.classList.add("room-hidden")));
  button.hidden = false;
  button.addEventListener("click", () => {
    let next = items().find((n) => fieldsOf(n).some((f) => f.classList.contains("room-hidden")));
    if (next === undefined) {
      const last = items().pop();
      if (last === undefined || last >= Number(button.dataset.max)) {
        button.disabled = true;
        return;
      }
      next = last + 1;
      const from = `${repeat}[${last}]`;
      const to = `${repeat}[${next}]`;
      fieldsOf(last).forEach((f) => {
        const copy = f.cloneNode(true);
        copy.dataset.item = String(next);
        copy.dataset.name = copy.dataset.name.replace(from, to);
        copy.querySelectorAll("[name]").forEach((e) => {
          e.name = e.name.replace(from, to);
        });
        copy.querySelectorAll("[id]").forEach((e) => {
          e.id = e.id.replace(`_${last}_`, `_${next}_`);
        });
        copy.querySelectorAll("label[for]").forEach((e) => {
          e.htmlFor = e.htmlFor.replace(`_${last}_`, `_${next}_`);
        });
        copy.querySelectorAll("input, textarea, select").forEach((e) => {
          if (e.type === "radio" || e.type === "checkbox") e.checked = false;
          else e.value = "";
        });
        copy.querySelectorAll(".field-error, .attached").forEach((e) => e.remove());
        copy.classList.remove("has-error");
        const context = copy.querySelector(".context");
        if (context) context.textContent = context.textContent.replace(/ \d+ —.*/, ` ${next} —`);
        button.before(copy);
      });
    } else {
      fieldsOf(next).forEach((f) => f.classList.remove("room-hidden"));
    }
    const first = fieldsOf(next).find((f) => !f.hidden);
    const input = first && first.querySelector("input, select, textarea");
    if (input) input.focus();
  });
});

// A file larger than the server takes is refused here at once.
document.querySelectorAll("input[type=file][data-max-bytes]").forEach((input) => {
  input.addEventListener("change", () => {
    const max = Number(input.dataset.maxBytes);
    const big = Array.from(input.files).some((f) => f.size > max);
    input.setCustomValidity(big ? input.dataset.tooLarge : "");
    if (big) input.reportValidity();
  });
});

// Search as you type: the first authorities the server finds for what is
// typed so far (with the filters chosen), as links under the query box.
// The form still searches without it.
(() => {
  const q = document.getElementById("q");
  const list = document.getElementById("suggestions");
  if (!q || !list) return;
  const form = q.form;
  let timer = null;
  let asked = 0;
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });
  async function suggest() {
    const mine = ++asked;
    const params = new URLSearchParams();
    for (const name of ["q", "country", "area", "level", "keyword"]) {
      const field = form.elements[name];
      const value = field && field.value.trim();
      if (value) params.set(name, name === "country" ? value.toUpperCase() : value);
    }
    if (!params.get("q")) {
      list.hidden = true;
      list.replaceChildren();
      return;
    }
    params.set("lang", list.dataset.lang);
    params.set("limit", "5");
    let found;
    try {
      const res = await fetch(`/api/authorities/search?${params}`, { credentials: "same-origin" });
      if (!res.ok) return;
      found = await res.json();
    } catch (e) {
      return;
    }
    if (mine !== asked) return; // an answer to an older question
    list.replaceChildren(
      ...found.hits.map((hit) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = `/authorities/${encodeURIComponent(hit.id)}`;
        link.textContent = hit.informal_name;
        const country = document.createElement("span");
        country.className = "country";
        country.textContent = ` ${hit.country}`;
        item.append(link, country);
        return item;
      })
    );
    list.hidden = found.hits.length === 0;
  }
})();
