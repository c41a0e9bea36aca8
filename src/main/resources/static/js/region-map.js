// The region page's map: grid boundaries on Leaflet; a click loads the grid's contact card.
(function () {
  var el = document.getElementById('map');
  if (!el || !window.L || !window.CivicMap) { return; }
  var map = CivicMap.create(el);
  var layers = {};
  var selected = null;
  var styles = {
    DISTRICT: { color: '#6c757d', weight: 3, fill: false },
    STREET: { color: '#495057', weight: 3, fill: false },
    COMMUNITY: { color: '#0b3d91', weight: 2.5, fill: false, dashArray: '6 4' },
    GRID: { color: '#1f77b4', weight: 1, fillColor: '#9ecae1', fillOpacity: 0.35 }
  };
  function select(code) {
    if (selected && layers[selected]) { layers[selected].setStyle(styles.GRID); }
    selected = code;
    if (layers[code]) {
      layers[code].setStyle({ fillColor: '#fd8d3c', fillOpacity: 0.6, weight: 2 });
      layers[code].bringToFront();
    }
    htmx.ajax('GET', '/regions/' + code + '/card', { target: '#card' });
  }
  fetch('/regions/map.json?root=' + encodeURIComponent(el.dataset.root), { headers: { Accept: 'application/geo+json' } })
    .then(function (r) { return r.json(); })
    .then(function (collection) {
      var withShape = collection.features.filter(function (f) { return f.geometry; });
      var group = L.geoJSON(withShape, {
        style: function (f) { return styles[f.properties.level] || styles.GRID; },
        interactive: true,
        onEachFeature: function (f, layer) {
          if (f.properties.level !== 'GRID') { layer.options.interactive = false; return; }
          layers[f.properties.code] = layer;
          layer.options.className = 'grid-' + f.properties.code;
          layer.bindTooltip(f.properties.name, { sticky: true });
          layer.on('click', function () { select(f.properties.code); });
        }
      }).addTo(map);
      if (withShape.length) { map.fitBounds(group.getBounds(), { padding: [10, 10] }); } else { map.setView([34.77, 113.73], 14); }
      el.dataset.ready = 'true';
    });
  document.querySelectorAll('.region-link').forEach(function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      var code = a.dataset.code;
      if (layers[code]) { map.fitBounds(layers[code].getBounds(), { maxZoom: 16 }); select(code); }
      else { htmx.ajax('GET', '/regions/' + code + '/card', { target: '#card' }); }
    });
  });
})();
