// CivicGrid: the people list's bar chart of tag counts, from the data attributes of #tag-chart.
(function () {
  var el = document.getElementById('tag-chart');
  if (!el || !window.echarts) { return; }
  var labels = el.dataset.labels ? el.dataset.labels.split('|') : [];
  var counts = el.dataset.counts ? el.dataset.counts.split('|').map(Number) : [];
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [{ type: 'bar', data: counts, itemStyle: { color: '#0d6efd' }, label: { show: true, position: 'right' } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
