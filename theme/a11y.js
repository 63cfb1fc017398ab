// Send + Sync: fixes for what axe-core reports in mdBook 0.4.52's own page
// template, made at run time so the book needs no fork of mdBook's templates.
(function () {
  "use strict";

  // The sidebar toggle is a <label> for a hidden checkbox, carrying
  // aria-label, aria-controls and aria-expanded, which a label may not have,
  // and it cannot be reached with the keyboard. As a button it may, and can.
  var toggle = document.getElementById("sidebar-toggle");
  if (toggle && toggle.tagName === "LABEL") {
    toggle.setAttribute("role", "button");
    toggle.tabIndex = 0;
    toggle.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        toggle.click();
      }
    });
  }

  // A code block or table wider than the page scrolls sideways; keyboard
  // users can scroll it only if it can take focus.
  function scrollables() {
    document.querySelectorAll("pre > code, .table-wrapper").forEach(function (el) {
      var wide = el.scrollWidth > el.clientWidth + 1;
      if (wide && !el.hasAttribute("tabindex")) {
        el.tabIndex = 0;
        el.setAttribute("data-scroll-focus", "");
      } else if (!wide && el.hasAttribute("data-scroll-focus")) {
        el.removeAttribute("tabindex");
        el.removeAttribute("data-scroll-focus");
      }
    });
  }
  var pending = null;
  function later() {
    if (pending) window.clearTimeout(pending);
    pending = window.setTimeout(scrollables, 150);
  }
  scrollables();
  window.addEventListener("load", scrollables);
  window.addEventListener("resize", later);
})();
