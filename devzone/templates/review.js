// Fills the side panel on hover and counts what the browser rendered (a check for tests).
(function () {
  var panel = document.getElementById('panel');
  document.getElementById('text').addEventListener('mouseover', function (event) {
    var mark = event.target.closest('mark');
    if (mark) { panel.textContent = mark.getAttribute('title'); }
  });
  var heads = document.querySelectorAll('mark.rec');
  var ids = new Set();
  heads.forEach(function (m) { ids.add(m.dataset.rec); });
  document.getElementById('rendered-count').textContent = String(heads.length);
  document.body.setAttribute('data-rendered-highlights', String(heads.length));
  document.body.setAttribute('data-rendered-records', String(ids.size));
})();
