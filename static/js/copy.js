// "Copy address" buttons (data-copy="<id of a read-only field>"): copy the field's text and
// say so in the status line next to it. Without JavaScript the buttons stay hidden and the
// field's text can be selected and copied by hand.
(function () {
  "use strict";
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var id = button.getAttribute("data-copy");
    var field = document.getElementById(id);
    var status = document.querySelector('[data-copy-status="' + id + '"]');
    if (!field) {
      return;
    }
    function say(text) {
      if (status) {
        status.textContent = text || "";
      }
    }
    function copyBySelecting() {
      field.focus();
      field.select();
      var copied = false;
      try {
        copied = document.execCommand("copy");
      } catch (error) {
        copied = false;
      }
      say(button.getAttribute(copied ? "data-copied" : "data-failed"));
    }
    button.hidden = false;
    field.addEventListener("focus", function () {
      field.select();
    });
    button.addEventListener("click", function () {
      say("");
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () {
          say(button.getAttribute("data-copied"));
        }, copyBySelecting);
      } else {
        copyBySelecting();
      }
    });
  });
})();
