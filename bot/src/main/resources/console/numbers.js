// Draws the numbers page's charts from /numbers/data.json with uPlot (served from the jar).
(function () {
  "use strict";
  var COLORS = ["#b3261e", "#e8710a", "#f9ab00", "#5b6475", "#1a73e8", "#1e8e3e", "#9334e6", "#00897b"];

  function weekSeconds(weeks) {
    return weeks.map(function (w) { return Date.parse(w + "T00:00:00Z") / 1000; });
  }

  function draw(id, x, named) {
    var el = document.getElementById(id);
    var series = [{}];
    var data = [x];
    Object.keys(named).forEach(function (name, i) {
      series.push({ label: name, stroke: COLORS[i % COLORS.length], width: 2, spanGaps: true,
        points: { show: true, size: 5 } });
      data.push(named[name]);
    });
    var width = Math.max(320, el.parentElement.clientWidth - 16);
    new uPlot({ width: width, height: 220, series: series, scales: { x: { time: true } },
      axes: [{}, { size: 50 }] }, data, el);
  }

  function bySeverity(weeks, responses, field) {
    var out = {};
    responses.forEach(function (r) {
      if (!out[r.severity]) { out[r.severity] = weeks.map(function () { return null; }); }
      out[r.severity][weeks.indexOf(r.week)] = r[field] === undefined ? null : r[field];
    });
    return out;
  }

  fetch("/numbers/data.json", { credentials: "same-origin" })
    .then(function (r) { if (!r.ok) { throw new Error("numbers: " + r.status); } return r.json(); })
    .then(function (n) {
      var x = weekSeconds(n.weeks);
      draw("chart-ack", x, bySeverity(n.weeks, n.responses, "ackMedian"));
      draw("chart-resolve", x, bySeverity(n.weeks, n.responses, "resolveMedian"));
      draw("chart-severity", x, n.bySeverity);
      draw("chart-source", x, n.bySource);
      draw("chart-actions", x, {
        open: n.actions.map(function (a) { return a.open; }),
        overdue: n.actions.map(function (a) { return a.overdue; }),
        done: n.actions.map(function (a) { return a.done; })
      });
      document.body.setAttribute("data-charts", "drawn");
    });
})();
