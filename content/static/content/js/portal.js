/*
 * Loads Bootstrap Italia's fonts from this site (never a font service).
 * The URL comes from <html data-fonts-url>, so no script carries template data.
 */
(function () {
  "use strict";

  var fontsUrl = document.documentElement.getAttribute("data-fonts-url");
  if (fontsUrl && window.bootstrap && typeof window.bootstrap.loadFonts === "function") {
    window.bootstrap.loadFonts(fontsUrl);
  }
})();
