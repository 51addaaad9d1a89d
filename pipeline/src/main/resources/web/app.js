// planscope web page: vanilla JS, no build. Every text that comes from a document, a query or
// the server is inserted as a text node (el(), append(string), textContent) — never as HTML.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  const OPS = { '>=': '≥', '<=': '≤', '=': '=', '~': '≈', '>': '>', '<': '<' };
  const FACETS = [['region', 'Region 地区'], ['domain', 'Domain 领域'], ['kind', 'Kind 类型'], ['unit', 'Unit 单位']];
  const KINDS = { goal: 'goal 目标', measure: 'measure 措施', key_project: 'key project 重点工程', indicator: 'indicator 指标', target: 'target 目标值' };
  const TYPE_UNITS = ['ratio', 'fraction']; // value kinds of the plan JSON, not units to print
  const seq = {};
  let info = null;

  /** An element with attributes and children; string children become text nodes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    }
    append(e, children);
    return e;
  }

  function append(parent, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      parent.append(c instanceof Node ? c : String(c));
    }
    return parent;
  }

  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return append(e, children);
  }

  class ApiError extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  async function api(path, options) {
    let res;
    try {
      res = await fetch(path, options);
    } catch (e) {
      throw new ApiError(0, 'the server cannot be reached');
    }
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      throw new ApiError(res.status, body && typeof body.error === 'string' ? body.error : 'HTTP ' + res.status);
    }
    return body;
  }

  /** Shows an error in a status element; 501 (a backend not built yet) as a calm notice. */
  function showError(target, err) {
    if (err.status === 501) {
      target.replaceChildren(el('div', { class: 'unavailable' }, err.message));
    } else {
      target.replaceChildren(el('span', { class: 'error' }, 'Error: ' + err.message));
    }
  }

  function setStatus(target, text) { target.replaceChildren(text ? String(text) : ''); }

  /** A fragment with the «…» parts of a highlight string in <mark>. */
  function highlighted(s) {
    const f = document.createDocumentFragment();
    let buf = '';
    let mark = null;
    for (const ch of String(s == null ? '' : s)) {
      if (ch === '«' && !mark) {
        if (buf) f.append(buf);
        buf = '';
        mark = document.createElement('mark');
      } else if (ch === '»' && mark) {
        mark.append(buf);
        f.append(mark);
        mark = null;
        buf = '';
      } else {
        buf += ch;
      }
    }
    if (mark) { mark.append(buf); f.append(mark); } else if (buf) f.append(buf);
    return f;
  }

  function targetText(t) {
    if (t === null || t === undefined) return '';
    if (typeof t !== 'object') return String(t);
    return [t.indicator, valueText(t)].filter(Boolean).join(' ');
  }

  /** "≤ 12 1/10万 (2030)" from {op, value, unit, year}. */
  function valueText(t) {
    const unit = TYPE_UNITS.includes(t.unit) ? '' : t.unit;
    let s = [t.op ? (OPS[t.op] || t.op) : '', t.value ?? '', unit ?? ''].filter((p) => p !== '').join(' ');
    if (t.year) s += ' (' + t.year + ')';
    return s;
  }

  function validSpan(span) {
    return Array.isArray(span) && span.length === 2 && Number.isInteger(span[0]) && Number.isInteger(span[1])
      && span[0] >= 0 && span[1] >= span[0];
  }

  function planHref(id, span) {
    return '#/plan/' + encodeURIComponent(String(id)) + (validSpan(span) ? '?span=' + span[0] + ',' + span[1] : '');
  }

  function period(p) { return p && p.start ? p.start + '–' + p.end : ''; }

  // ---- routing: #/view[/arg][?params] ----

  function parseHash() {
    const h = location.hash.replace(/^#\/?/, '');
    const q = h.indexOf('?');
    const path = q < 0 ? h : h.slice(0, q);
    const parts = path.split('/').map((p) => { try { return decodeURIComponent(p); } catch (e) { return ''; } });
    return { view: parts[0] || 'search', arg: parts[1] || '', params: new URLSearchParams(q < 0 ? '' : h.slice(q + 1)) };
  }

  function go(view, arg, params) {
    const qs = params ? params.toString() : '';
    const h = '#/' + view + (arg ? '/' + encodeURIComponent(arg) : '') + (qs ? '?' + qs : '');
    if (location.hash === h) route(); else location.hash = h;
  }

  const VIEWS = { search: renderSearch, plans: renderPlans, plan: renderPlan, compare: renderCompare, audit: renderAudit, upload: renderUpload };

  function route() {
    let { view, arg, params } = parseHash();
    if (!VIEWS[view]) view = 'search';
    for (const s of document.querySelectorAll('section.view')) s.hidden = s.id !== 'view-' + view;
    const tab = view === 'plan' ? 'plans' : view;
    for (const t of document.querySelectorAll('.tab')) t.classList.toggle('active', t.dataset.view === tab);
    VIEWS[view](params, arg);
  }

  /** A token for the latest request of a view; older answers are dropped. */
  function begin(view) { seq[view] = (seq[view] || 0) + 1; return seq[view]; }
  function stale(view, token) { return seq[view] !== token; }

  // ---- search ----

  async function renderSearch(params) {
    const q = params.get('q') || '';
    $('search-q').value = q;
    const status = $('search-status');
    const results = $('search-results');
    const facets = $('search-facets');
    const token = begin('search');
    if (!q.trim()) {
      results.replaceChildren();
      facets.replaceChildren();
      setStatus(status, 'Search the goals, measures and targets of every plan.');
      return;
    }
    setStatus(status, 'Searching…');
    try {
      const data = await api('/api/search?' + params.toString());
      if (stale('search', token)) return;
      const groups = Array.isArray(data.groups) ? data.groups : [];
      const total = Number.isFinite(data.total) ? data.total : groups.reduce((n, g) => n + (g.hits || []).length, 0);
      // a distributed index that answered without one of its shards says so; never silently short
      const partial = data.partial === true ? ' — 注意：部分分片未响应，结果不完整 (partial results)' : '';
      setStatus(status, total + (total === 1 ? ' hit' : ' hits') + ' for “' + q + '”' + partial);
      facets.replaceChildren(...renderFacets(data.facets || {}, params));
      results.replaceChildren(...groups.map(renderGroup));
    } catch (e) {
      if (stale('search', token)) return;
      results.replaceChildren();
      facets.replaceChildren();
      showError(status, e);
    }
  }

  function renderFacets(facets, params) {
    const out = [];
    for (const [field, label] of FACETS) {
      const values = facets[field] && typeof facets[field] === 'object' ? facets[field] : {};
      const active = params.get(field);
      const entries = Object.entries(values);
      if (active !== null && !entries.some(([name]) => name === active)) entries.unshift([active, 0]); // always clearable
      if (!entries.length) continue;
      const items = entries.map(([name, count]) => {
        const on = active === name;
        return el('li', null, el('button', {
          type: 'button', class: 'link facet-value' + (on ? ' active' : ''), 'data-facet': field, 'aria-pressed': on ? 'true' : 'false',
          onclick: () => {
            const p = new URLSearchParams(params);
            if (on) p.delete(field); else p.set(field, name);
            go('search', '', p);
          },
        }, el('span', null, (on ? '✓ ' : '') + (field === 'kind' ? (KINDS[name] || name) : name)), el('span', { class: 'count' }, count)));
      });
      out.push(el('fieldset', { class: 'facet', 'data-facet': field }, el('legend', null, label), el('ul', null, items)));
    }
    return out;
  }

  function renderGroup(g) {
    const hits = Array.isArray(g.hits) ? g.hits : [];
    return el('section', { class: 'group' },
      el('h3', null, g.region || '(region unknown)', el('span', { class: 'count' }, hits.length)),
      el('ol', null, hits.map((h) => el('li', { class: 'hit' },
        el('a', { class: 'hit-title', href: planHref(h.planId, h.span) }, h.title || h.planId || ''),
        el('span', { class: 'meta' }, ' · ' + [h.domain, KINDS[h.kind] || h.kind, h.number].filter(Boolean).join(' · ')),
        el('p', { class: 'snippet' }, highlighted(h.highlight || h.text || '')),
        Array.isArray(h.targets) && h.targets.length ? el('ul', { class: 'targets' }, h.targets.map((t) => el('li', null, targetText(t)))) : null))));
  }

  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = $('search-q').value.trim();
    go('search', '', q ? new URLSearchParams({ q }) : null);
  });

  // ---- plans ----

  async function renderPlans() {
    const status = $('plans-status');
    const body = document.querySelector('#plans-table tbody');
    const token = begin('plans');
    setStatus(status, 'Loading…');
    try {
      const data = await api('/api/plans');
      if (stale('plans', token)) return;
      const plans = data.plans || [];
      setStatus(status, plans.length ? plans.length + (plans.length === 1 ? ' plan' : ' plans')
        : 'No plans yet: upload one, or run “planscope ingest”.');
      body.replaceChildren(...plans.map((p) => {
        const c = p.counts || {};
        return el('tr', { class: 'plan-row', 'data-id': p.id },
          el('td', null, el('a', { class: 'plan-link', href: planHref(p.id) }, p.title || p.id)),
          el('td', null, p.region || ''), el('td', null, period(p.period)), el('td', null, p.planType || ''),
          ...['domains', 'goals', 'measures', 'targets', 'units', 'warnings'].map((k) => el('td', { class: 'num' }, c[k] ?? '')));
      }));
      fillPlanChoices(plans);
    } catch (e) {
      if (stale('plans', token)) return;
      body.replaceChildren();
      showError(status, e);
    }
  }

  const current = { id: null, plan: null, source: null, sourceError: null };

  async function renderPlan(params, id) {
    const status = $('plan-status');
    const outline = $('plan-outline');
    const token = begin('plan');
    const span = (params.get('span') || '').split(',').map(Number);
    if (current.id === id && current.plan) {
      if (validSpan(span)) showSpan(span);
      return;
    }
    Object.assign(current, { id, plan: null, source: null, sourceError: null });
    $('plan-title').replaceChildren();
    $('plan-meta').replaceChildren();
    $('plan-source').replaceChildren();
    outline.replaceChildren();
    setStatus($('source-status'), 'Click a goal, measure or target to see it in the source text.');
    setStatus(status, 'Loading…');
    try {
      const plan = await api('/api/plans/' + encodeURIComponent(id));
      if (stale('plan', token)) return;
      current.plan = plan;
      setStatus(status, '');
      $('plan-title').textContent = plan.title || plan.id;
      const goals = (plan.domains || []).reduce((n, d) => n + (d.goals || []).length, 0);
      const measures = (plan.domains || []).reduce((n, d) => n + (d.measures || []).length, 0);
      $('plan-meta').textContent = [plan.region && plan.region.name, period(plan.period), plan.planType, plan.doc,
        (plan.domains || []).length + ' domains', goals + ' goals', measures + ' measures'].filter(Boolean).join(' · ');
      outline.replaceChildren(...renderOutline(plan));
      if (validSpan(span)) showSpan(span);
    } catch (e) {
      if (stale('plan', token)) return;
      current.id = null;
      showError(status, e);
    }
  }

  function renderOutline(plan) {
    const out = (plan.domains || []).map((d) => el('section', { class: 'domain' },
      el('h3', null, el('button', { type: 'button', class: 'link', onclick: () => showSpan(d.span) }, d.name || d.heading || '')),
      d.inferred ? el('p', { class: 'meta' }, '(heading not found; placed by content)') : null,
      (d.goals || []).length ? [el('h4', null, 'Goals 主要目标'), el('ol', { class: 'goals' }, d.goals.map((g) => renderItem(g, 'goal')))] : null,
      (d.measures || []).length ? [el('h4', null, 'Measures 策略措施'), el('ol', { class: 'measures' }, d.measures.map((m) => renderItem(m, 'measure')))] : null));
    if ((plan.indicators || []).length) {
      out.push(el('section', { class: 'domain extra' }, el('h3', null, 'Indicators 主要指标'),
        el('ol', null, plan.indicators.map((k) => renderItem(k, 'indicator')))));
    }
    if ((plan.keyProjects || []).length) {
      out.push(el('section', { class: 'domain extra' }, el('h3', null, 'Key projects 重点工程'),
        el('ol', null, plan.keyProjects.map((k) => renderItem(k, 'key_project')))));
    }
    if ((plan.implementationUnits || []).length) {
      out.push(el('section', { class: 'domain extra' }, el('h3', null, 'Implementation 组织实施'),
        el('ul', { class: 'units' }, plan.implementationUnits.map((u) => el('li', null,
          el('button', { type: 'button', class: 'link', onclick: () => showSpan(u.span) }, u.unit || ''),
          u.duty ? ' — ' + u.duty : '')))));
    }
    return out;
  }

  function renderItem(it, kind) {
    const li = el('li', { class: 'item ' + kind });
    const label = [it.number, it.title || it.text].filter(Boolean).join(' ');
    const roles = [['lead', 'Lead 牵头'], ['responsible', 'Responsible 责任'], ['cooperating', 'Cooperating 配合']]
      .filter(([k]) => Array.isArray(it[k]) && it[k].length)
      .map(([k, name]) => name + ': ' + it[k].join('、'));
    append(li, [
      el('button', { type: 'button', class: 'link item-link', onclick: () => { select(li); showSpan(it.span); } }, label),
      (it.targets || []).length || (it.missingValues || []).length ? el('ul', { class: 'targets' },
        (it.targets || []).map((t) => el('li', { class: 'target' },
          el('button', { type: 'button', class: 'link', onclick: () => { select(li); showSpan(t.span || it.span); } }, targetText(t)))),
        (it.missingValues || []).map((t) => el('li', { class: 'missing' }, 'no value: ' + (t.indicator || t.raw || '')))) : null,
      roles.length ? el('div', { class: 'units' }, roles.join(' · ')) : null,
    ]);
    return li;
  }

  function select(li) {
    for (const s of document.querySelectorAll('#plan-outline .selected')) s.classList.remove('selected');
    li.classList.add('selected');
  }

  async function showSpan(span) {
    const status = $('source-status');
    if (!validSpan(span)) return;
    const id = current.id;
    if (current.source === null && current.sourceError === null) {
      setStatus(status, 'Loading the source text…');
      try {
        const data = await api('/api/plans/' + encodeURIComponent(id) + '/source');
        if (current.id !== id) return;
        current.source = typeof data.text === 'string' ? data.text : '';
      } catch (e) {
        if (current.id !== id) return;
        current.sourceError = e;
      }
    }
    if (current.sourceError) {
      status.replaceChildren(el('span', { class: 'error' }, 'Source text not available: ' + current.sourceError.message));
      return;
    }
    const text = current.source;
    const s = Math.min(span[0], text.length);
    const e = Math.min(span[1], text.length);
    const mark = el('mark', { id: 'source-mark' }, text.slice(s, e));
    $('plan-source').replaceChildren(text.slice(0, s), mark, text.slice(e));
    setStatus(status, 'Characters ' + s + '–' + e + ' of ' + (current.plan && current.plan.doc ? current.plan.doc : 'the source'));
    const pre = $('plan-source');
    pre.scrollTop = Math.max(0, mark.offsetTop - pre.clientHeight / 3);
  }

  // ---- compare ----

  async function renderCompare(params) {
    const indicator = params.get('indicator') || '';
    $('compare-indicator').value = indicator;
    const status = $('compare-status');
    const table = $('compare-table');
    const chart = $('compare-chart');
    const token = begin('compare');
    table.replaceChildren();
    chart.replaceChildren();
    if (!indicator.trim()) {
      setStatus(status, 'Name an indicator to compare its targets across regions.');
      return;
    }
    setStatus(status, 'Comparing…');
    try {
      const data = await api('/api/compare?' + params.toString());
      if (stale('compare', token)) return;
      const rows = Array.isArray(data.rows) ? data.rows : [];
      if (!rows.length) {
        setStatus(status, 'No plan states a target for “' + indicator + '”.');
        return;
      }
      const name = (r) => r.indicator || data.indicator || indicator;
      const indicators = [...new Set(rows.map(name))];
      const regions = [...new Set(rows.map((r) => r.region || '(region unknown)'))];
      setStatus(status, rows.length + ' targets in ' + regions.length + (regions.length === 1 ? ' region' : ' regions'));
      table.replaceChildren(
        el('thead', null, el('tr', null, el('th', null, 'Region 地区'), indicators.map((i) => el('th', null, i)))),
        el('tbody', null, regions.map((region) => el('tr', { class: 'compare-row' }, el('th', null, region),
          indicators.map((ind) => el('td', null, rows.filter((r) => (r.region || '(region unknown)') === region && name(r) === ind)
            .map((r) => el('div', null, el('a', { href: planHref(r.plan, r.span), title: r.goal || '' }, valueText(r))))))))));
      chart.replaceChildren(...indicators.map((ind) => barChart(ind, rows.filter((r) => name(r) === ind))));
    } catch (e) {
      if (stale('compare', token)) return;
      showError(status, e);
    }
  }

  /** A horizontal bar chart (inline SVG) of the numeric values of one indicator. */
  function barChart(indicator, rows) {
    const bars = rows.filter((r) => typeof r.value === 'number' && Number.isFinite(r.value));
    if (!bars.length) return el('p', { class: 'meta' }, indicator + ': no numeric values to chart');
    const max = Math.max(...bars.map((r) => Math.abs(r.value))) || 1;
    const W = 720, LABEL = 200, BAR = 22, GAP = 8, TOP = 24;
    const height = TOP + bars.length * (BAR + GAP);
    const chart = svg('svg', { class: 'bar-chart', width: W, height, viewBox: '0 0 ' + W + ' ' + height, role: 'img' },
      svg('title', null, indicator), svg('text', { x: 0, y: 16, 'font-weight': 600 }, indicator + (bars[0].unit ? ' (' + bars[0].unit + ')' : '')));
    bars.forEach((r, i) => {
      const y = TOP + i * (BAR + GAP);
      const w = Math.max(1, Math.round((W - LABEL - 90) * Math.abs(r.value) / max));
      append(chart, [
        svg('text', { x: LABEL - 8, y: y + BAR * 0.7, 'text-anchor': 'end', class: 'bar-label' }, r.region || '(region unknown)'),
        svg('rect', { x: LABEL, y, width: w, height: BAR, class: 'bar', 'data-value': r.value }),
        svg('text', { x: LABEL + w + 6, y: y + BAR * 0.7, class: 'bar-value' }, valueText({ ...r, year: null })),
      ]);
    });
    return chart;
  }

  $('compare-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const indicator = $('compare-indicator').value.trim();
    go('compare', '', indicator ? new URLSearchParams({ indicator }) : null);
  });

  // ---- audit ----

  const SEVERITIES = ['error', 'warning', 'info'];

  async function renderAudit(params) {
    const status = $('audit-status');
    const table = $('audit-table');
    const summary = $('audit-summary');
    const token = begin('audit');
    const plan = params.get('plan') || '';
    table.replaceChildren();
    summary.replaceChildren();
    setStatus(status, 'Auditing…');
    const plans = api('/api/plans').then((d) => d.plans || []).catch(() => []);
    try {
      const data = await api('/api/audit?' + params.toString());
      const known = await plans;
      if (stale('audit', token)) return;
      fillPlanChoices(known, plan);
      const titles = new Map(known.map((p) => [p.id, p.title || p.id]));
      const findings = Array.isArray(data.findings) ? data.findings : [];
      setStatus(status, findings.length ? '' : 'No findings.');
      const counts = {};
      for (const f of findings) counts[f.severity || 'other'] = (counts[f.severity || 'other'] || 0) + 1;
      summary.textContent = findings.length + (findings.length === 1 ? ' finding' : ' findings')
        + (findings.length ? ': ' + Object.entries(counts).map(([k, n]) => n + ' ' + k).join(', ') : '');
      if (!findings.length) return;
      table.replaceChildren(
        el('thead', null, el('tr', null, ['Plan', 'Domain', 'Goal', 'Rule', 'Severity', 'Evidence', 'Suggestion'].map((h) => el('th', null, h)))),
        el('tbody', null, findings.map((f) => el('tr', { class: 'finding' },
          el('td', null, el('a', { href: planHref(f.plan, f.span), title: f.plan || '' }, titles.get(f.plan) || f.plan || '')),
          el('td', null, f.domain || ''), el('td', null, f.goal || ''), el('td', null, f.rule || ''),
          el('td', { class: 'severity-' + (SEVERITIES.includes(f.severity) ? f.severity : 'other') }, f.severity || ''),
          el('td', null, f.evidence || ''), el('td', null, f.suggestion || '')))));
    } catch (e) {
      if (stale('audit', token)) return;
      plans.then((known) => { if (!stale('audit', token)) fillPlanChoices(known, plan); });
      showError(status, e);
    }
  }

  function fillPlanChoices(plans, selected) {
    const select = $('audit-plan');
    const keep = selected !== undefined ? selected : select.value;
    select.replaceChildren(el('option', { value: '' }, 'all plans'),
      ...plans.map((p) => el('option', { value: p.id }, (p.title || p.id) + (p.region ? ' — ' + p.region : ''))));
    select.value = plans.some((p) => p.id === keep) ? keep : '';
  }

  $('audit-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const plan = $('audit-plan').value;
    go('audit', '', plan ? new URLSearchParams({ plan }) : null);
  });

  // ---- upload ----

  async function loadInfo() {
    if (!info) {
      try { info = await api('/api/info'); } catch (e) { info = null; }
    }
    return info;
  }

  async function renderUpload() {
    const i = await loadInfo();
    if (!i) return;
    const mb = (i.maxUploadBytes / (1024 * 1024));
    $('upload-limits').textContent = 'Supported: ' + i.supported.map((x) => '.' + x).join(' ') + ' — up to '
      + (mb >= 1 ? Math.round(mb * 10) / 10 + ' MB' : Math.round(i.maxUploadBytes / 1024) + ' KB')
      + '. The plan is extracted at once and added to the list.';
    $('upload-file').setAttribute('accept', i.supported.map((x) => '.' + x).join(','));
  }

  $('upload-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const status = $('upload-status');
    const file = $('upload-file').files[0];
    if (!file) { setStatus(status, 'Choose a file first.'); return; }
    const i = await loadInfo();
    const ext = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase() : '';
    if (i && !i.supported.includes(ext)) {
      status.replaceChildren(el('span', { class: 'error' }, 'Error: unsupported file type ' + (ext ? '.' + ext : '(no extension)')));
      return;
    }
    if (i && file.size > i.maxUploadBytes) {
      status.replaceChildren(el('span', { class: 'error' }, 'Error: the file is larger than the limit'));
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    $('upload-button').disabled = true;
    setStatus(status, 'Uploading and extracting ' + file.name + '…');
    try {
      const data = await api('/api/upload', { method: 'POST', body: form });
      const p = data.plan;
      const c = p.counts || {};
      status.replaceChildren(el('span', { class: 'ok' }, 'Added “' + (p.title || p.id) + '”: ' + c.domains + ' domains, '
        + c.goals + ' goals, ' + c.measures + ' measures.'), data.notice ? el('div', { class: 'meta' }, data.notice) : '');
      $('upload-file').value = '';
      go('plan', p.id, null);
    } catch (e) {
      showError(status, e);
    } finally {
      $('upload-button').disabled = false;
    }
  });

  window.addEventListener('hashchange', route);
  route();
})();
