/* folio search page: say how many pages the search found, and announce it.
 *
 * Sphinx's search (searchtools.js) lists its results in #search-results and
 * calls Search.stopPulse() when it has finished. This script then writes a
 * short count ("2 pages found for “Kim”.") into #folio-search-status, a
 * polite live region, so that a screen reader announces it, and into the
 * visible summary when Sphinx's own sentence is empty (its en_GB catalogue
 * translates it as ""). It also makes Sphinx's plural rule return a number:
 * catalogues give it as a comparison ("n != 1"), whose true or false picks no
 * translation, and the search then stops with an error before its summary.
 * Opened from a file, the page says how to serve the site (#folio-search-file).
 */
(() => {
  "use strict";
  const results = document.getElementById("search-results");
  const status = document.getElementById("folio-search-status");
  if (!results || !status || typeof Search === "undefined") return;
  if (window.location.protocol === "file:") {
    const note = document.getElementById("folio-search-file");
    if (note) note.hidden = false;
  }
  if (typeof Documentation !== "undefined" && Documentation.PLURAL_EXPR) {
    const plural = Documentation.PLURAL_EXPR;
    Documentation.PLURAL_EXPR = (n) => Number(plural(n));
  }
  const query = (new URLSearchParams(window.location.search).get("q") || "").trim();

  function announce() {
    const count = results.querySelectorAll("ul.search > li").length;
    const pages = count === 1 ? "1 page" : `${count === 0 ? "No" : count} pages`;
    const sentence = `${pages} found for “${query}”.`;
    status.textContent = sentence;
    const summary = results.querySelector(".search-summary");
    if (summary && !summary.textContent.trim()) summary.textContent = sentence;
  }

  const stop = Search.stopPulse;
  Search.stopPulse = () => {
    stop();
    if (query) window.setTimeout(announce, 0); // after Sphinx writes its own summary
  };
})();
