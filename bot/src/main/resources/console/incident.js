// Shows whether the live timeline is connected (htmx-ext-sse events).
(function () {
  "use strict";
  var live = document.getElementById("live");
  function state(s, text) { live.setAttribute("data-state", s); live.textContent = text; }
  document.body.addEventListener("htmx:sseOpen", function () { state("open", "live"); });
  document.body.addEventListener("htmx:sseError", function () { state("reconnecting", "reconnecting…"); });
})();
