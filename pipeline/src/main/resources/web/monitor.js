// planscope 监测 (monitoring) tab: the plans' targets against a table of actual values, per region
// a table and a line chart per indicator (inline SVG), per indicator every region's status, and
// the rows of the table that were not used. Like app.js: every text from the server or a file is
// inserted as a text node, never as HTML. app.js calls window.planscopeMonitor(lang) on #/monitor.
'use strict';
window.planscopeMonitor = (() => {
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  let lang = 'zh';
  let uploaded = null; // the answer for a table sent from this page, shown instead of the server's
  let seq = 0;

  const pick = (zh, en) => (lang === 'en' ? en : zh);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v; else e.setAttribute(k, String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }

  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    for (const c of children) e.append(c instanceof Node ? c : String(c));
    return e;
  }

  async function answer(res) {
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) throw new Error(body && typeof body.error === 'string' ? body.error : 'HTTP ' + res.status);
    return body;
  }

  async function render(pageLang) {
    lang = pageLang === 'en' ? 'en' : 'zh';
    const token = ++seq;
    const status = $('monitor-status');
    status.replaceChildren(pick('加载中…', 'Loading…'));
    try {
      const data = uploaded || await answer(await fetch('/api/monitor?lang=' + lang));
      if (token !== seq) return;
      draw(data, !uploaded);
    } catch (e) {
      if (token !== seq) return;
      status.replaceChildren(el('span', { class: 'error' }, pick('出错了：', 'Error: ') + e.message));
    }
  }

  function draw(data, fromServer) {
    const status = $('monitor-status');
    for (const id of ['monitor-regions', 'monitor-indicators', 'monitor-issues']) $(id).replaceChildren();
    $('monitor-summary').textContent = '';
    $('monitor-xlsx').hidden = !fromServer || data.actuals === null;
    $('monitor-html').hidden = !fromServer || data.actuals === null;
    if (data.actuals === null) {
      status.replaceChildren(el('div', { class: 'unavailable' }, data.message || ''));
      return;
    }
    status.replaceChildren(pick('实际值表：', 'actual values: ') + data.actuals);
    const s = data.summary;
    const n = (k) => s.byStatus[k] || 0;
    $('monitor-summary').textContent = pick(
      `${s.evaluations} 个目标有实际值：已达标 ${n('MET')}，按趋势可达标 ${n('ON_TRACK')}，滞后 ${n('BEHIND')}，数据不足 ${n('INSUFFICIENT')}；实际值 ${s.rows} 行，用了 ${s.used} 行，未使用 ${s.notUsed} 行`,
      `${s.evaluations} target(s) with actual values: met ${n('MET')}, on track ${n('ON_TRACK')}, behind ${n('BEHIND')}, insufficient data ${n('INSUFFICIENT')}; ${s.rows} row(s), ${s.used} used, ${s.notUsed} not used`);
    drawRegions(data);
    drawIndicators(data);
    drawIssues(data);
  }

  function statusCell(e) {
    return el('td', { class: 'monitor-status status-' + e.status, 'data-status': e.status }, e.statusName);
  }

  function drawRegions(data) {
    const box = $('monitor-regions');
    const regions = [...new Set(data.series.map((x) => x.region))];
    const head = pick(['指标', '目标', '门槛', '最新值', '差距', '每年还需', '趋势（点数）', '状态', '说明'],
      ['Indicator', 'Target', 'Threshold', 'Latest', 'Gap', 'Needed / year', 'Trend (points)', 'Status', 'Note']);
    for (const region of regions) {
      const rows = data.evaluations.filter((e) => e.region === region);
      const charts = data.series.filter((x) => x.region === region).map(chart);
      box.append(el('section', { class: 'monitor-region', 'data-region': region },
        el('h2', null, region),
        el('div', { class: 'table-box' }, el('table', { class: 'grid monitor-table' },
          el('thead', null, el('tr', null, head.map((h) => el('th', null, h)))),
          el('tbody', null, rows.map((e) => el('tr', null,
            el('td', null, e.indicator), el('td', null, e.target), el('td', null, e.display.threshold),
            el('td', null, e.display.latest), el('td', { class: 'num' }, e.display.gap),
            el('td', { class: 'num' }, e.display.yearlyNeeded), el('td', null, e.display.trend),
            statusCell(e), el('td', null, e.note)))))),
        el('div', { class: 'monitor-charts' }, charts)));
    }
  }

  function drawIndicators(data) {
    if (!data.evaluations.length) return;
    const by = new Map();
    for (const e of data.evaluations) {
      if (!by.has(e.indicator)) by.set(e.indicator, []);
      by.get(e.indicator).push(e);
    }
    $('monitor-indicators').append(el('h2', null, pick('按指标', 'By indicator')),
      el('div', { class: 'table-box' }, el('table', { class: 'grid', id: 'monitor-by-indicator' },
        el('thead', null, el('tr', null, pick(['指标', '地区', '目标', '最新值', '状态'], ['Indicator', 'Region', 'Target', 'Latest', 'Status']).map((h) => el('th', null, h)))),
        el('tbody', null, [...by].flatMap(([name, list]) => list.map((e) => el('tr', null,
          el('td', null, name), el('td', null, e.region), el('td', null, e.target),
          el('td', null, e.display.latest), statusCell(e))))))));
  }

  function drawIssues(data) {
    if (!data.issues.length) return;
    $('monitor-issues').append(el('h2', null, pick(`未使用的行（${data.issues.length}）`, `Rows not used (${data.issues.length})`)),
      el('ul', { class: 'notes', id: 'monitor-issue-list' }, data.issues.map((i) => el('li', null,
        pick(`第 ${i.line} 行 `, `line ${i.line} `), `[${i.region}, ${i.indicator}, ${i.year}, ${i.value}${i.unit ? ' ' + i.unit : ''}] `,
        el('strong', null, i.kind === 'refused' ? pick('拒收', 'refused') : pick('未匹配', 'unmatched')), pick('：', ': '), i.reason))));
  }

  /** The actuals as a line with dots, each target a dashed line at its threshold up to its year. */
  function chart(x) {
    const W = 560, H = 220, L = 56, R = 150, T = 16, B = 28;
    const years = x.points.map((p) => p.year).concat(x.targets.map((t) => t.year));
    const values = x.points.map((p) => p.value).concat(x.targets.flatMap((t) => [t.threshold, t.upper, t.projected]).filter((v) => typeof v === 'number'));
    const y0 = Math.min(...years), y1 = Math.max(Math.max(...years), y0 + 1);
    let lo = Math.min(...values), hi = Math.max(...values);
    const pad = hi === lo ? Math.max(1, Math.abs(hi) * 0.1) : (hi - lo) * 0.12;
    lo = lo >= 0 ? Math.max(0, lo - pad) : lo - pad; hi += pad;
    const px = (year) => L + (year - y0) / (y1 - y0) * (W - L - R);
    const py = (v) => H - B - (v - lo) / (hi - lo) * (H - T - B);
    const unit = ['ratio', 'fraction'].includes(x.unit) ? '' : x.unit;
    const g = svg('svg', { class: 'monitor-chart', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'data-region': x.region, 'data-indicator': x.indicatorId },
      svg('title', null, x.region + ' ' + x.indicator),
      svg('text', { x: 4, y: T - 4, class: 'axis' }, x.indicator + (unit ? ' (' + unit + ')' : '')),
      svg('line', { x1: L, y1: T, x2: L, y2: H - B, stroke: '#999' }),
      svg('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#999' }));
    const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 8));
    for (let y = y0; y <= y1; y += step) g.append(svg('text', { x: px(y), y: H - B + 16, 'text-anchor': 'middle', class: 'axis' }, String(y)));
    for (let i = 0; i <= 4; i++) {
      const v = lo + (hi - lo) * i / 4;
      g.append(svg('text', { x: L - 6, y: py(v) + 4, 'text-anchor': 'end', class: 'axis' }, String(Math.round(v * 100) / 100)));
    }
    for (const t of x.targets) {
      if (typeof t.threshold !== 'number') continue;
      g.append(svg('line', { x1: L, y1: py(t.threshold), x2: px(t.year), y2: py(t.threshold), class: 'target-line', stroke: '#c0392b', 'stroke-dasharray': '6 4', 'data-status': t.status }),
        svg('text', { x: px(t.year) + 8, y: py(t.threshold) + 4, class: 'target-label', fill: '#c0392b' }, `${t.year}${pick('年', '')} ${t.thresholdText}`));
      const last = x.points[x.points.length - 1];
      if (typeof t.projected === 'number') g.append(svg('line', { x1: px(last.year), y1: py(last.value), x2: px(t.year), y2: py(t.projected), class: 'trend-line', stroke: '#1f5fa8', 'stroke-dasharray': '2 3' }));
      if (typeof t.upper === 'number') g.append(svg('line', { x1: L, y1: py(t.upper), x2: px(t.year), y2: py(t.upper), stroke: '#c0392b', 'stroke-dasharray': '6 4' }));
    }
    g.append(svg('polyline', { class: 'actual', fill: 'none', stroke: '#1f5fa8', 'stroke-width': 2, points: x.points.map((p) => px(p.year) + ',' + py(p.value)).join(' ') }));
    for (const p of x.points) {
      g.append(svg('circle', { class: 'actual-point', r: 3.5, fill: '#1f5fa8', cx: px(p.year), cy: py(p.value) },
        svg('title', null, `${p.year}: ${p.value}${unit === '%' || unit === '‰' ? unit : unit ? ' ' + unit : ''}`)));
    }
    return g;
  }

  $('monitor-file').addEventListener('change', async () => {
    const file = $('monitor-file').files[0];
    if (!file) return;
    const token = ++seq;
    $('monitor-status').replaceChildren(pick('计算中…', 'Evaluating…'));
    try {
      const data = await answer(await fetch('/api/monitor?lang=' + lang + '&name=' + encodeURIComponent(file.name), { method: 'POST', body: file }));
      if (token !== seq) return;
      uploaded = data;
      draw(data, false);
    } catch (e) {
      if (token !== seq) return;
      $('monitor-status').replaceChildren(el('span', { class: 'error' }, pick('出错了：', 'Error: ') + e.message));
    }
  });

  return render;
})();
