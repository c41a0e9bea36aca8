// CivicGrid: the leader's home chart (filed and closed this month per region one level down), from the data
// attributes of #home-chart; the indicators page's chart (indicator-chart.js) without the score line.
(function () {
  var el = document.getElementById('home-chart');
  if (!el || !window.echarts) { return; }
  function list(name) { return el.dataset[name] ? el.dataset[name].split('|') : []; }
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: list('labels'), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: el.dataset.filedLabel, type: 'bar', data: list('filed').map(Number), itemStyle: { color: '#0d6efd' } },
      { name: el.dataset.closedLabel, type: 'bar', data: list('closed').map(Number), itemStyle: { color: '#198754' } }
    ]
  });
  el.dataset.ready = 'true';
  window.addEventListener('resize', function () { chart.resize(); });
})();
