// Progressive enhancement for the directory filters: apply a filter or a sort as soon as it
// changes, and give keyboard focus back to the control after the page reloads. Without
// JavaScript the buttons do the same.
(function () {
  "use strict";
  var KEY = "paijat-focus";
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    var notice = form.querySelector("[data-autosubmit-notice]");
    if (notice) {
      notice.hidden = false;
    }
    form.addEventListener("change", function (event) {
      var control = event.target;
      if (control.matches("input[type=checkbox], select")) {
        try {
          sessionStorage.setItem(KEY, control.id);
        } catch (error) {
          // Storage may be unavailable; focus then starts from the top, which is fine.
        }
        if (form.requestSubmit) {
          form.requestSubmit();
        } else {
          form.submit();
        }
      }
    });
  });
  try {
    var id = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    var control = id && document.getElementById(id);
    if (control) {
      var details = control.closest("details");
      if (details) {
        details.open = true;
      }
      control.focus();
    }
  } catch (error) {
    // As above.
  }
})();
