// Inside a widget (/upotus/…): tell the embedding page how tall the content is, whenever it
// changes, so static/js/upotus.js can fit the iframe to it.
(function () {
  "use strict";
  if (window.parent === window) {
    return;
  }
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: "paijathamalaiset:height", height: height }, "*");
  }
  if ("ResizeObserver" in window) {
    new ResizeObserver(report).observe(document.documentElement);
  }
  window.addEventListener("load", report);
  report();
})();
