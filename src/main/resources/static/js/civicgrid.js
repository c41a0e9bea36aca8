// CivicGrid page helpers: CSRF header for htmx requests.
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { e.detail.headers[header.content] = token.content; }
});

// The staff sidebar folds away on a PC (more room for wide tables) and stays folded across pages.
(function () {
  var KEY = 'civicgrid-sidebar-folded';
  if (localStorage.getItem(KEY) === '1') { document.body.classList.add('cg-folded'); }
  var fold = document.getElementById('cg-menu-fold');
  if (!fold) { return; }
  fold.addEventListener('click', function () {
    var folded = document.body.classList.toggle('cg-folded');
    localStorage.setItem(KEY, folded ? '1' : '0');
  });
})();
