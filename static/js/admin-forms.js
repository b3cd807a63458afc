// The text preview beside a formatted text field: the server renders the text exactly as the
// public page will (core.admin.ModeratedAdmin.text_preview_view). Without JavaScript the button
// stays hidden and the formatting guide and the "Preview" button still work.
(function () {
  "use strict";

  function csrfToken(form) {
    var input = form && form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function setUp(container) {
    var button = container.querySelector(".text-preview-button");
    var output = container.querySelector(".text-preview");
    var body = container.querySelector(".text-preview-body");
    var textarea = container.querySelector("textarea");
    if (!button || !output || !body || !textarea) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var data = new URLSearchParams();
      data.append("text", textarea.value);
      fetch(container.dataset.previewUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: {"X-CSRFToken": csrfToken(textarea.form)},
        body: data,
      })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.text();
        })
        .then(function (html) {
          body.innerHTML = html;  // sanitised by the server (core.markdown)
          output.hidden = false;
        })
        .catch(function () {
          body.textContent = button.dataset.error || "";
          output.hidden = false;
        });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".formatted-text[data-preview-url]").forEach(setUp);
  });
})();
