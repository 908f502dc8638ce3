// Link each event's trigger in the story to its row in the event table, both ways, and open the
// dyad chart from a row of the explore table. No other script runs on these pages.
document.addEventListener("DOMContentLoaded", () => {
  const light = (ev, on) => document.querySelectorAll(`[data-ev="${ev}"]`).forEach(el => el.classList.toggle("lit", on));
  document.querySelectorAll("[data-ev]").forEach(el => {
    el.addEventListener("mouseenter", () => light(el.dataset.ev, true));
    el.addEventListener("mouseleave", () => light(el.dataset.ev, false));
    el.addEventListener("click", () => {
      const other = [...document.querySelectorAll(`[data-ev="${el.dataset.ev}"]`)].find(o => o !== el && o.tagName !== el.tagName);
      if (other) other.scrollIntoView({ block: "center" });
    });
  });
  document.querySelectorAll("tr[data-dyad]").forEach(row => {
    row.addEventListener("click", () => { window.location = row.dataset.dyad; });
  });
});
