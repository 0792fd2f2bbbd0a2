// Livestream Arena host script: sizes embedded figures to their content.
//
// Paste it once, after the iframes, on the page that embeds the figures:
//   <iframe src="https://…/livestream-arena/?embed=shares" data-livestream-arena …></iframe>
//   <script src="https://…/livestream-arena/embed.js" async></script>
//
// An embedded figure posts {type: "livestream-arena:height", height: N} to its parent
// whenever its height changes. This script accepts such a message only from one of
// the page's own iframes marked data-livestream-arena (checked by event.source and by
// the origin of the iframe's src), and only with a sane number; everything else is
// ignored. No dependencies; nothing is loaded or sent.
(function () {
  'use strict';
  var TYPE = 'livestream-arena:height';
  var MAX_HEIGHT = 20000;

  function frameFor(event) {
    var frames = document.querySelectorAll('iframe[data-livestream-arena]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch (e) {
        return null;
      }
      // A sandboxed frame without allow-same-origin has an opaque origin, "null".
      var opaque = frame.hasAttribute('sandbox') && !/allow-same-origin/.test(frame.getAttribute('sandbox'));
      return origin === event.origin || (opaque && event.origin === 'null') ? frame : null;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frame = frameFor(event);
    if (frame) frame.height = String(Math.ceil(height));
  });
})();
