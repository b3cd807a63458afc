// Progressive enhancement for the filters of the lists: apply a filter or a sort as soon as it
// changes, and give keyboard focus back to the control after the page reloads. Without
// JavaScript the buttons do the same.
//
// The filters sit in a <details> box: collapsed on a phone, so the results come first, and
// opened here on screens wide enough to show them beside the results (the same width as the
// two-column layout in site.css). Without JavaScript the box opens with a click.
(function () {
  "use strict";
  var KEY = "paijat-focus";
  var wide = window.matchMedia ? window.matchMedia("(min-width: 56rem)") : null;
  function openOnWideScreens() {
    if (wide && wide.matches) {
      document.querySelectorAll("details.filters").forEach(function (details) {
        details.open = true;
      });
    }
  }
  openOnWideScreens();
  if (wide && wide.addEventListener) {
    wide.addEventListener("change", openOnWideScreens);
  }
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
