// What every map shares. Leaflet's own words (zoom buttons, attribution prefix, marker alt text) are English in
// Leaflet; here they become the page's language from the bundles (#map-text, fragments/map.html), as defaults, so
// a map made anywhere on the page gets them. CivicMap.create adds the configured tile layer and tells a hint
// element when there is no base layer, or when its tiles fail (an office network without internet).
(function () {
  if (!window.L) { return; }
  var text = (document.getElementById('map-text') || { dataset: {} }).dataset;
  if (text.zoomIn) {
    L.Control.Zoom.mergeOptions({ zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut });
  }
  if (text.leafletTitle) {
    var link = document.createElement('a');
    link.href = 'https://leafletjs.com';
    link.target = '_blank';
    link.rel = 'noopener';
    link.title = text.leafletTitle;
    link.textContent = 'Leaflet';
    L.Control.Attribution.mergeOptions({ prefix: link.outerHTML });
  }
  if (text.marker) {
    L.Marker.mergeOptions({ alt: text.marker });
  }

  function say(hint, message) {
    if (!hint || !message) { return; }
    hint.textContent = message;
    hint.hidden = false;
  }

  window.CivicMap = {
    text: text,
    say: say,
    // el carries data-tiles and data-attribution; options: Leaflet map options, plus hint (an element)
    create: function (el, options) {
      var settings = L.extend({ zoomControl: true, attributionControl: !!el.dataset.attribution }, options);
      var hint = settings.hint;
      delete settings.hint;
      el.innerHTML = '';
      var map = L.map(el, settings);
      if (el.dataset.tiles) {
        var failed = false;
        L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' })
          .on('tileerror', function () {
            if (!failed) { failed = true; el.dataset.base = 'failed'; say(hint, text.tilesFailed); }
          })
          .addTo(map);
        el.dataset.base = 'tiles';
      } else {
        el.dataset.base = 'none';
        say(hint, text.noTiles);
      }
      // the map may be laid out before leaflet.css arrives: measure again once the page has loaded
      window.addEventListener('load', function () { map.invalidateSize(); });
      return map;
    }
  };
})();
