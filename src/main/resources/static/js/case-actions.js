// The case page's action forms (casework/detail.html, casework/actions.html).
// 1. A destructive action (data-confirm: dismiss, return, check-fail, merge) asks before it posts.
// 2. The assignee picker (casework/parts :: assignee): the filter narrows the units to those whose name or code
//    matches or that have a person who does, and the people to the chosen unit's, by name or username; the
//    hidden assigneeLevel follows the chosen unit. Options are taken out and put back rather than hidden, which
//    phones' native lists ignore.
(function () {
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.dataset.confirm)) {
        e.preventDefault();
      }
    });
  });

  document.querySelectorAll('.assignee-picker').forEach(function (picker) {
    var filter = picker.querySelector('.picker-filter');
    var unitSelect = picker.querySelector('.picker-unit');
    var userSelect = picker.querySelector('.picker-user');
    var level = picker.querySelector('.picker-level');
    var none = picker.querySelector('.picker-none');

    // what the server rendered, kept to rebuild the lists from
    var leading = Array.prototype.filter.call(unitSelect.children, function (o) { return o.tagName === 'OPTION'; });
    var groups = Array.prototype.map.call(unitSelect.querySelectorAll('optgroup'), function (g) {
      return { label: g.label, units: Array.prototype.slice.call(g.querySelectorAll('option')) };
    });
    var wholeUnit = userSelect.querySelector('option[value=""]');
    var people = Array.prototype.slice.call(userSelect.querySelectorAll('option[data-unit]'));
    var units = {};
    groups.forEach(function (g) {
      g.units.forEach(function (o) { units[o.value] = o; });
    });
    var chosenUser = userSelect.value;

    function text(o) { return (o.dataset.search || o.textContent).toLowerCase(); }
    function query() { return filter.value.trim().toLowerCase(); }
    function personMatches(p, q) { return !q || text(p).indexOf(q) >= 0; }
    function unitMatches(o, q) {
      return !q || text(o).indexOf(q) >= 0 || people.some(function (p) {
        return p.dataset.unit === o.value && personMatches(p, q);
      });
    }

    // the unit chosen last, kept while a filter that matches nothing empties the list
    var chosenUnit = unitSelect.value;

    function renderUnits(q) {
      unitSelect.replaceChildren();
      leading.forEach(function (o) { unitSelect.appendChild(o); });
      var shown = [];
      groups.forEach(function (g) {
        var matching = g.units.filter(function (o) { return unitMatches(o, q); });
        if (matching.length) {
          var group = document.createElement('optgroup');
          group.label = g.label;
          matching.forEach(function (o) { group.appendChild(o); shown.push(o); });
          unitSelect.appendChild(group);
        }
      });
      var keep = shown.some(function (o) { return o.value === chosenUnit; });
      if (!keep && q && shown.length) {
        chosenUnit = shown[0].value;
        keep = true;
      }
      if (keep || (chosenUnit === '' && leading.length)) {
        unitSelect.value = chosenUnit;
      }
      none.hidden = !q || shown.length > 0;
    }

    // the chosen unit's people; a filter that names a person picks the first one it names
    function renderPeople(q) {
      var unit = unitSelect.value;
      userSelect.replaceChildren(wholeUnit);
      var byName = [];
      var unitNamed = !!q && !!units[unit] && text(units[unit]).indexOf(q) >= 0;
      people.forEach(function (p) {
        if (p.dataset.unit === unit && (personMatches(p, q) || unitNamed)) {
          userSelect.appendChild(p);
          if (q && personMatches(p, q)) { byName.push(p); }
        }
      });
      var keep = Array.prototype.some.call(userSelect.options, function (o) { return o.value === chosenUser; });
      if (!units[unit]) {
        return; // no unit shown (a filter matching nothing): the person chosen stays chosen
      }
      userSelect.value = byName.length && !byName.some(function (p) { return p.value === chosenUser; })
        ? byName[0].value : (keep ? chosenUser : '');
      chosenUser = userSelect.value;
    }

    function syncLevel() {
      var o = units[unitSelect.value];
      level.disabled = !o;
      level.value = o ? o.dataset.level : '';
    }

    function render() {
      var q = query();
      renderUnits(q);
      renderPeople(q);
      syncLevel();
    }

    filter.addEventListener('input', render);
    filter.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); } // picking, not sending the form
    });
    unitSelect.addEventListener('change', function () {
      chosenUnit = unitSelect.value;
      chosenUser = '';
      renderPeople(query());
      syncLevel();
    });
    userSelect.addEventListener('change', function () { chosenUser = userSelect.value; });
    render();
  });
})();
