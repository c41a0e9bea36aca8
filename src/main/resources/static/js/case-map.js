// Case maps: on the report form a tap (or "use my location") sets the point into the hidden lat/lng inputs;
// on the case page a small read-only map shows the point. No tile layer unless one is configured.
(function () {
  function base(el) {
    el.innerHTML = '';
    var map = L.map(el, { zoomControl: true, attributionControl: !!el.dataset.attribution });
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' }).addTo(map);
    }
    // the map may be laid out before leaflet.css arrives: measure again once the page has loaded
    window.addEventListener('load', function () { map.invalidateSize(); });
    return map;
  }

  var shown = document.getElementById('case-map');
  if (shown && window.L) {
    var at = [parseFloat(shown.dataset.lat), parseFloat(shown.dataset.lng)];
    var small = base(shown);
    small.setView(at, 16);
    L.circleMarker(at, { radius: 8, color: '#d63384', fillOpacity: 0.8 }).addTo(small);
    shown.dataset.ready = 'true';
  }

  var el = document.getElementById('report-map');
  if (!el || !window.L) { return; }
  var map = base(el);
  window.caseMap = map;
  var lat = document.getElementById('lat');
  var lng = document.getElementById('lng');
  var text = document.getElementById('point-text');
  var marker = null;
  function place(point, pan) {
    lat.value = point.lat.toFixed(7);
    lng.value = point.lng.toFixed(7);
    text.textContent = lat.value + ', ' + lng.value;
    if (marker) { marker.setLatLng(point); } else { marker = L.marker(point).addTo(map); }
    if (pan) { map.setView(point, Math.max(map.getZoom(), 16)); }
  }
  map.on('click', function (e) { place(e.latlng, false); });
  if (lat.value && lng.value) {
    var kept = L.latLng(parseFloat(lat.value), parseFloat(lng.value));
    map.setView(kept, 16);
    place(kept, false);
  } else {
    map.setView([34.77, 113.73], 13);
  }
  document.getElementById('use-location').addEventListener('click', function () {
    var button = this;
    if (!navigator.geolocation) { text.textContent = button.dataset.failed.replace('{0}', 'geolocation'); return; }
    navigator.geolocation.getCurrentPosition(function (p) {
      place(L.latLng(p.coords.latitude, p.coords.longitude), true);
    }, function (err) { text.textContent = button.dataset.failed.replace('{0}', err.message); },
    { enableHighAccuracy: true, timeout: 10000 });
  });
  if (el.dataset.root) {
    fetch('/regions/map.json?root=' + encodeURIComponent(el.dataset.root), { headers: { Accept: 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : { features: [] }; })
      .then(function (collection) {
        var withShape = collection.features.filter(function (f) { return f.geometry; });
        if (!withShape.length) { return; }
        var group = L.geoJSON(withShape, { interactive: false,
          style: { color: '#1f77b4', weight: 1, fillColor: '#9ecae1', fillOpacity: 0.25 } }).addTo(map);
        if (!lat.value) { map.fitBounds(group.getBounds(), { padding: [10, 10] }); }
      })
      .finally(function () { el.dataset.ready = 'true'; });
  } else {
    el.dataset.ready = 'true';
  }
})();
