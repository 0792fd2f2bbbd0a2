// Livestream Arena host script: turns script embeds into iframes and sizes embedded
// figures to their content.
//
// Paste it once, after the figures, on the page that embeds them. It serves two kinds
// of embed:
//   <iframe src="https://…/livestream-arena/embed-shares.html" data-livestream-arena …></iframe>
//   <div data-livestream-arena="shares" data-query="v=3&amp;trust=0.4" data-height="1190">
//     …a link to the figure, left in place where the page's scripts are stripped…
//   </div>
//   <script src="https://…/livestream-arena/embed.js" async></script>
//
// A script embed's div is replaced by an iframe of the figure it names, with the
// scenario of its data-query, served from this script's own address: the page's
// markup chooses the figure and its settings, never the iframe's origin or path.
//
// An embedded figure posts {type: "livestream-arena:height", height: N} to its parent
// whenever its height changes. This script accepts such a message only from one of
// the page's own iframes marked data-livestream-arena (checked by event.source and by
// the origin of the iframe's src), and only with a sane number; everything else is
// ignored. It answers that iframe, and only it, with the colour scheme the page gives
// it: {type: "livestream-arena:scheme", scheme: "light" | "dark" | null}. It touches no element that is not marked for it, evaluates no markup, and
// has no dependencies; nothing is loaded or sent.
(function () {
  'use strict';
  var TYPE = 'livestream-arena:height';
  var SCHEME = 'livestream-arena:scheme';
  var MAX_HEIGHT = 20000;
  var DEFAULT_HEIGHT = 640;
  var MAX_TITLE = 200;
  // Figure ids are short lowercase words; anything else leaves the div as it is.
  var FIGURE = /^[a-z][a-z0-9-]{0,31}$/;
  // The figures that have a page of their own (FigureId::ALL; the tests hold the two equal).
  var FIGURES = ['shares', 'scoreboard', 'ban', 'alliances', 'map', 'curve', 'trust-shares', 'sensitivity', 'hindsight'];
  // Old names that still load their figure (FigureId::OLD_CODES): 'trust' was the curve's.
  var OLD = { trust: 'curve' };

  // The explainer's address: the folder this script was loaded from. Only known while
  // the script first runs; without it (a script moved by a loader) no iframe is made.
  var script = document.currentScript;
  var base = null;
  try {
    if (script && script.src) base = new URL('./', script.src);
  } catch (e) {
    base = null;
  }

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
    if (!frame) return;
    frame.height = String(Math.ceil(height));
    // Tell the figure the colour scheme its iframe is given here, so an embed without a
    // theme of its own matches the page around it (browsers do not pass it on).
    event.source.postMessage({ type: SCHEME, scheme: schemeOf(frame) }, event.origin === 'null' ? '*' : event.origin);
  });

  // 'light' or 'dark' where the page gives the iframe (or an element around it) one
  // colour scheme, as in `color-scheme: dark`; null where it leaves the choice to the
  // reader's system ('normal', 'light dark').
  function schemeOf(frame) {
    var words = (getComputedStyle(frame).colorScheme || '').split(/\s+/);
    var dark = words.indexOf('dark') >= 0;
    var light = words.indexOf('light') >= 0;
    return dark === light ? null : dark ? 'dark' : 'light';
  }

  // The iframe for one script embed, or null if the div does not name a figure.
  function frameOf(div) {
    var figure = div.getAttribute('data-livestream-arena');
    if (!base || !figure || !FIGURE.test(figure)) return null;
    // The settings are copied pair by pair into a fresh query on the explainer's own
    // address, so no value can change where the iframe points.
    var query = new URLSearchParams();
    new URLSearchParams(div.getAttribute('data-query') || '').forEach(function (value, name) {
      if (name !== 'embed') query.append(name, value);
    });
    // A known figure has a page of its own, drawn before the explainer's code runs, in
    // each language; an unknown one goes to the explainer, which says it is unknown.
    var url;
    if (Object.prototype.hasOwnProperty.call(OLD, figure)) figure = OLD[figure];
    if (FIGURES.indexOf(figure) >= 0) {
      url = new URL('embed-' + figure + (query.get('lang') === 'zh' ? '-zh' : '') + '.html', base.href);
    } else {
      url = new URL(base.href);
      query.set('embed', figure);
    }
    url.search = query.toString();
    var height = Number(div.getAttribute('data-height'));
    if (!isFinite(height) || height <= 0 || height > MAX_HEIGHT) height = DEFAULT_HEIGHT;
    // The fallback link's text names the figure; it is read as text, never as markup.
    var link = div.querySelector('a');
    var title = (link && link.textContent.replace(/\s+/g, ' ').trim()) || 'Livestream Arena';

    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = title.slice(0, MAX_TITLE);
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('width', '100%');
    frame.setAttribute('height', String(Math.ceil(height)));
    frame.setAttribute('allow', 'fullscreen');
    frame.setAttribute('data-livestream-arena', '');
    // Through the CSSOM, which a host's style-src policy allows (a style attribute it may not).
    frame.style.border = '0';
    return frame;
  }

  // Replaces each script embed's fallback with its iframe, once.
  function build() {
    var divs = document.querySelectorAll('div[data-livestream-arena]');
    for (var i = 0; i < divs.length; i++) {
      var div = divs[i];
      if (div.querySelector('iframe[data-livestream-arena]')) continue;
      var frame = frameOf(div);
      if (!frame) continue;
      while (div.firstChild) div.removeChild(div.firstChild);
      div.appendChild(frame);
    }
  }

  build();
  // An async script may run before the rest of the page is parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', build);
})();
