// CivicGrid: the bar charts of cases filed and closed per group (the indicators page, the leader's home), drawn
// from the data attributes of each .filed-closed-chart; an element that carries scores (data-score) gets the
// composite score as a line on a second axis.
(function () {
  if (!window.echarts) { return; }
  document.querySelectorAll('.filed-closed-chart').forEach(function (el) {
    function list(name) { return el.dataset[name] ? el.dataset[name].split('|') : []; }
    var scored = el.dataset.score !== undefined;
    var series = [
      { name: el.dataset.filedLabel, type: 'bar', data: list('filed').map(Number), itemStyle: { color: '#0d6efd' } },
      { name: el.dataset.closedLabel, type: 'bar', data: list('closed').map(Number), itemStyle: { color: '#198754' } }
    ];
    var counts = { type: 'value', minInterval: 1 };
    if (scored) {
      series.push({ name: el.dataset.scoreLabel, type: 'line', yAxisIndex: 1, data: list('score').map(Number),
        itemStyle: { color: '#fd7e14' } });
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: list('labels'), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: scored ? [counts, { type: 'value', min: 0, max: 100 }] : counts,
      series: series
    });
    el.dataset.ready = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
