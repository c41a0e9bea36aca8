// CivicGrid: the indicators page's bar chart (filed and closed per group, composite score on a second axis),
// from the data attributes of #indicator-chart.
(function () {
  var el = document.getElementById('indicator-chart');
  if (!el || !window.echarts) { return; }
  function list(name) { return el.dataset[name] ? el.dataset[name].split('|') : []; }
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: list('labels'), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100 }],
    series: [
      { name: el.dataset.filedLabel, type: 'bar', data: list('filed').map(Number), itemStyle: { color: '#0d6efd' } },
      { name: el.dataset.closedLabel, type: 'bar', data: list('closed').map(Number), itemStyle: { color: '#198754' } },
      { name: el.dataset.scoreLabel, type: 'line', yAxisIndex: 1, data: list('score').map(Number), itemStyle: { color: '#fd7e14' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
