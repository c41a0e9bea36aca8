// CivicGrid: the statistics page's pie of houses by occupancy, from the data attributes of #occupancy-chart.
(function () {
  var el = document.getElementById('occupancy-chart');
  if (!el || !window.echarts) { return; }
  var labels = el.dataset.labels ? el.dataset.labels.split('|') : [];
  var counts = el.dataset.counts ? el.dataset.counts.split('|').map(Number) : [];
  var colours = ['#198754', '#ffc107', '#adb5bd'];
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], top: 0, bottom: 24,
      label: { formatter: '{b}\n{c}' },
      data: labels.map(function (l, i) { return { name: l, value: counts[i], itemStyle: { color: colours[i % 3] } }; }) }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
