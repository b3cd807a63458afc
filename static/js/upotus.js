// On a site that embeds our widgets: fit each <iframe data-paijathamalaiset> to the height its
// widget reports (static/js/embed.js). Only messages from the widget's own frame and from the
// origin this script came from are heeded.
(function () {
  "use strict";
  var script = document.currentScript;
  var origin = script ? new URL(script.src, window.location.href).origin : window.location.origin;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "paijathamalaiset:height") {
      return;
    }
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 20000) {
      return;
    }
    document.querySelectorAll("iframe[data-paijathamalaiset]").forEach(function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.height = height + "px";
      }
    });
  });
})();
