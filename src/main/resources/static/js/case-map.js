// Case maps. The report form draws the district's public outline and grids (/regions/public-map.json, labelled
// where the name fits) so a resident sees where to tap even with no base layer; a tap or "use my location" sets
// the point into the hidden lat/lng inputs and names the grid it lies in. A point in no grid is refused beside the
// map and the form is not sent; the server refuses it as well (422 on location), so a map that failed to load its
// grids still cannot file a case outside the district. The case page shows its point on a small read-only map.
(function () {
  if (!window.L || !window.CivicMap) { return; }

  var shown = document.getElementById('case-map');
  if (shown) {
    var at = [parseFloat(shown.dataset.lat), parseFloat(shown.dataset.lng)];
    var small = CivicMap.create(shown);
    small.setView(at, 16);
    L.circleMarker(at, { radius: 8, color: '#d63384', fillOpacity: 0.8 }).addTo(small);
    shown.dataset.ready = 'true';
  }

  var el = document.getElementById('report-map');
  if (!el) { return; }
  var hint = document.getElementById('report-map-hint');
  // quarter zoom steps let the outline fill a phone's width instead of half of it; it is framed clear of the
  // zoom buttons, so a tap meant for a corner grid does not zoom instead
  var map = CivicMap.create(el, { hint: hint, zoomSnap: 0.25 });
  window.caseMap = map;
  var form = document.getElementById('report-form');
  var lat = document.getElementById('lat');
  var lng = document.getElementById('lng');
  var text = document.getElementById('point-text');
  var problem = document.getElementById('location-error');
  var styles = {
    outline: { color: '#0b3d91', weight: 3, fill: false, interactive: false },
    grid: { color: '#1f77b4', weight: 1, fillColor: '#9ecae1', fillOpacity: 0.25, interactive: false },
    chosen: { color: '#e6550d', weight: 2, fillColor: '#fd8d3c', fillOpacity: 0.45, interactive: false }
  };
  var grids = []; // in code order: like the server, the lowest code covering the point wins
  var outlines = null;
  var chosen = null;
  var marker = null;
  var placed = null;

  // even-odd ray casting over one ring of [lng, lat] positions
  function inRing(x, y, ring) {
    var inside = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) { inside = !inside; }
    }
    return inside;
  }

  // inside a Polygon's outer ring and none of its holes, or inside one polygon of a MultiPolygon
  function covers(geometry, x, y) {
    var polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    return polygons.some(function (rings) {
      return inRing(x, y, rings[0]) && !rings.slice(1).some(function (hole) { return inRing(x, y, hole); });
    });
  }

  function gridAt(point) {
    for (var i = 0; i < grids.length; i++) {
      if (grids[i].bounds.contains(point) && covers(grids[i].geometry, point.lng, point.lat)) { return grids[i]; }
    }
    return null;
  }

  function refuse(message) {
    problem.textContent = message;
    el.classList.add('border-danger');
  }

  function accept() {
    problem.textContent = '';
    el.classList.remove('border-danger');
  }

  function choose(grid) {
    if (chosen) { chosen.layer.setStyle(styles.grid); }
    chosen = grid;
    if (grid) {
      grid.layer.setStyle(styles.chosen);
      grid.layer.bringToFront();
      if (outlines) { outlines.bringToFront(); }
    }
  }

  // the point against the grids, once they are known; kept leaves a message the server wrote in place
  function judge(kept) {
    if (!placed || !grids.length) { return; }
    var grid = gridAt(placed);
    choose(grid);
    var where = lat.value + ', ' + lng.value;
    if (grid) {
      el.dataset.point = 'inside';
      el.dataset.grid = grid.code;
      text.textContent = grid.name + ' · ' + where;
      if (!kept) { accept(); }
    } else {
      el.dataset.point = 'outside';
      delete el.dataset.grid;
      text.textContent = where;
      if (!kept || !problem.textContent) { refuse(el.dataset.outside); }
    }
  }

  function place(point, pan, kept) {
    placed = point;
    lat.value = point.lat.toFixed(7);
    lng.value = point.lng.toFixed(7);
    text.textContent = lat.value + ', ' + lng.value;
    el.dataset.point = 'unchecked';
    if (marker) { marker.setLatLng(point); } else { marker = L.marker(point).addTo(map); }
    if (pan) { map.setView(point, Math.max(map.getZoom(), 16)); }
    judge(kept);
  }

  // a name is shown only where it fits inside its grid at this zoom; otherwise tapping the grid names it
  function fitLabels() {
    grids.forEach(function (g) {
      var label = g.layer.getTooltip() && g.layer.getTooltip().getElement();
      if (!label) { return; }
      var sw = map.latLngToContainerPoint(g.bounds.getSouthWest());
      var ne = map.latLngToContainerPoint(g.bounds.getNorthEast());
      var fits = label.offsetWidth <= Math.abs(ne.x - sw.x) && label.offsetHeight <= Math.abs(sw.y - ne.y);
      label.classList.toggle('grid-label-hidden', !fits);
    });
  }

  map.on('click', function (e) { place(e.latlng, false, false); });
  map.on('zoomend', fitLabels);
  form.addEventListener('submit', function (e) {
    if (el.dataset.point === 'outside') {
      e.preventDefault();
      refuse(el.dataset.outside);
      el.scrollIntoView({ block: 'center' });
    }
  });

  if (lat.value && lng.value) {
    var kept = L.latLng(parseFloat(lat.value), parseFloat(lng.value));
    map.setView(kept, 16);
    place(kept, false, true);
  } else {
    map.setView([34.77, 113.73], 13);
  }

  document.getElementById('use-location').addEventListener('click', function () {
    var button = this;
    if (!navigator.geolocation) { text.textContent = button.dataset.failed.replace('{0}', 'geolocation'); return; }
    navigator.geolocation.getCurrentPosition(function (p) {
      place(L.latLng(p.coords.latitude, p.coords.longitude), true, false);
    }, function (err) { text.textContent = button.dataset.failed.replace('{0}', err.message); },
    { enableHighAccuracy: true, timeout: 10000 });
  });

  fetch(el.dataset.shapes, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
    .then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    })
    .then(function (collection) {
      var drawn = collection.features.filter(function (f) { return f.geometry; });
      var gridLayer = L.geoJSON(drawn.filter(function (f) { return f.properties.level === 'GRID'; }), {
        style: styles.grid,
        onEachFeature: function (f, layer) {
          layer.bindTooltip(f.properties.name, { permanent: true, direction: 'center', className: 'grid-label' });
          grids.push({ code: f.properties.code, name: f.properties.name, geometry: f.geometry, layer: layer,
            bounds: layer.getBounds() });
        }
      }).addTo(map);
      var outlineFeatures = drawn.filter(function (f) { return f.properties.level !== 'GRID'; });
      outlines = L.geoJSON(outlineFeatures, { style: styles.outline }).addTo(map);
      el.dataset.grids = String(grids.length);
      el.dataset.outlines = String(outlineFeatures.length);
      var frame = outlineFeatures.length ? outlines.getBounds() : gridLayer.getBounds();
      if (!placed && frame.isValid()) { map.fitBounds(frame, { paddingTopLeft: [40, 8], paddingBottomRight: [8, 8], animate: false }); }
      fitLabels();
      judge(true);
    })
    .catch(function () {
      el.dataset.grids = '0';
      CivicMap.say(hint, CivicMap.text.shapesFailed);
    })
    .finally(function () { el.dataset.ready = 'true'; });
})();
