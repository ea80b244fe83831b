/* folio glossary popups.
 *
 * Each linked mention (a.folio-term) is described, through aria-describedby,
 * by a hidden copy of its entry's definition on the same page, so a screen
 * reader announces the definition when the link gets focus. This script shows
 * the same definition visually when the mention is hovered or focused, without
 * leaving the page. The popup stays while the pointer is over the mention or
 * the popup, and closes on Escape, on blur and when the pointer leaves (WCAG
 * 1.4.13). On a touch screen, where nothing hovers, the first tap on a
 * mention shows its popup instead of following the link; a second tap on the
 * mention, or a tap on the popup's "Read the entry" link, goes to the entry,
 * and a tap anywhere else closes it. Without JavaScript the mention is still
 * a link to its entry.
 */
(() => {
  "use strict";
  const SELECTOR = "a.folio-term[aria-describedby]";
  const HIDE_DELAY_MS = 150;
  let tip = null;
  let owner = null;
  let hideTimer = 0;
  let tapped = null; // the mention a finger went down on, and whether its popup was already open

  function popup() {
    if (!tip) {
      tip = document.createElement("div");
      tip.className = "folio-tooltip";
      tip.id = "folio-tooltip";
      tip.setAttribute("role", "tooltip");
      tip.setAttribute("aria-hidden", "true"); // the link's aria-describedby already carries the text
      tip.hidden = true;
      tip.addEventListener("mouseenter", () => window.clearTimeout(hideTimer));
      tip.addEventListener("mouseleave", () => scheduleHide());
      document.body.appendChild(tip);
    }
    return tip;
  }

  function fill(box, definition, link) {
    const name = document.createElement("span");
    name.className = "folio-tooltip-name";
    name.textContent = definition.dataset.name || "";
    const text = document.createElement("span");
    text.className = "folio-tooltip-text";
    text.textContent = definition.textContent;
    const more = document.createElement("a");
    more.className = "folio-tooltip-more";
    more.href = link.getAttribute("href");
    more.tabIndex = -1; // the mention itself is the keyboard's way to the entry
    more.textContent = "Read the entry in the glossary";
    box.replaceChildren(name, text, more);
  }

  function place(box, link) {
    const rect = link.getBoundingClientRect();
    const margin = 8;
    box.style.left = "0px";
    box.style.top = "0px";
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    let left = rect.left + window.scrollX;
    left = Math.min(left, window.scrollX + document.documentElement.clientWidth - width - margin);
    left = Math.max(left, window.scrollX + margin);
    let top = rect.bottom + window.scrollY + 6;
    if (rect.bottom + height + margin > window.innerHeight && rect.top > height + margin) {
      top = rect.top + window.scrollY - height - 6;
    }
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
  }

  function show(link) {
    const definition = document.getElementById(link.getAttribute("aria-describedby"));
    if (!definition) return;
    window.clearTimeout(hideTimer);
    const box = popup();
    fill(box, definition, link);
    box.hidden = false;
    place(box, link);
    owner = link;
  }

  function hide() {
    window.clearTimeout(hideTimer);
    if (tip) tip.hidden = true;
    owner = null;
  }

  function scheduleHide() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
  }

  function mention(event) {
    return event.target instanceof Element ? event.target.closest(SELECTOR) : null;
  }

  function isOpen(link) {
    return owner === link && tip !== null && !tip.hidden;
  }

  document.addEventListener("pointerover", (event) => {
    const link = mention(event);
    if (link && event.pointerType !== "touch") show(link);
  });
  document.addEventListener("pointerout", (event) => {
    const link = mention(event);
    if (link && event.pointerType !== "touch" && !link.contains(event.relatedTarget)) scheduleHide();
  });
  document.addEventListener("pointerdown", (event) => {
    const link = mention(event);
    tapped = link && event.pointerType === "touch" ? { link, open: isOpen(link) } : null;
    const inside = tip && event.target instanceof Node && tip.contains(event.target);
    if (!link && !inside && owner) hide();
  });
  document.addEventListener("click", (event) => {
    const link = mention(event);
    if (!link || !tapped || tapped.link !== link) return;
    if (!tapped.open) {
      event.preventDefault(); // the first tap shows the definition; the second follows the link
      show(link);
    }
    tapped = null;
  });
  document.addEventListener("focusin", (event) => {
    const link = mention(event);
    if (link) show(link);
  });
  document.addEventListener("focusout", (event) => {
    if (mention(event) && !(tip && tip.contains(event.relatedTarget))) hide();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && owner) hide();
  });
  window.addEventListener("resize", () => { if (owner) place(popup(), owner); });
})();
