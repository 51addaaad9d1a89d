// planscope web page: vanilla JS, no build. Every text that comes from a document, a query or
// the server is inserted as a text node (el(), append(string), textContent) — never as HTML.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';

  // ---- language: Chinese by default, English on request (remembered in this browser) ----

  const LANG_KEY = 'planscope.lang';
  let lang = 'zh';
  try { lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh'; } catch (e) { lang = 'zh'; }

  /** [Chinese, English]; {0} {1} … are filled in by t(). */
  const T = {
    'tab.search': ['检索', 'Search'], 'tab.plans': ['规划', 'Plans'], 'tab.compare': ['对比', 'Compare'],
    'tab.history': ['沿革', 'History'], 'tab.audit': ['审查', 'Audit'], 'tab.upload': ['上传', 'Upload'], 'tab.monitor': ['监测', 'Monitoring'],
    'monitor.file': ['实际值表（CSV / Excel）', 'Actual values (CSV / Excel)'], 'monitor.print': ['打印版报告', 'Printable report'],
    'search.placeholder': ['搜索目标、措施、指标… 如 孕产妇死亡率，或 孕产妇死亡率<=10', 'Search goals, measures, indicators… e.g. 孕产妇死亡率, or 孕产妇死亡率<=10'],
    'search.button': ['检索', 'Search'], 'filter.province': ['省份', 'Province'], 'filter.level': ['级别', 'Level'],
    'filter.any': ['不限', 'any'], 'filter.where': ['数值条件', 'Condition'],
    'search.hint': ['检索所有规划的目标、措施和指标。', 'Search the goals, measures and targets of every plan.'],
    'search.busy': ['检索中…', 'Searching…'],
    'search.count': ['“{0}”共 {1} 条结果，第 {2}–{3} 条', '{1} hits for “{0}”, showing {2}–{3}'],
    'search.none': ['“{0}”没有结果', 'No hits for “{0}”'],
    'search.filtered': ['筛选结果', 'filtered'],
    'pager.prev': ['← 上一页', '← previous'], 'pager.next': ['下一页 →', 'next →'],
    'pager.page': ['第 {0} 页，共 {1} 页', 'page {0} of {1}'],
    'download': ['下载 Excel', 'Download Excel'],
    'facet.region': ['地区', 'Region'], 'facet.domain': ['领域', 'Domain'], 'facet.kind': ['类型', 'Kind'], 'facet.unit': ['单位', 'Unit'],
    'kind.goal': ['目标', 'goal'], 'kind.measure': ['措施', 'measure'], 'kind.key_project': ['重点工程', 'key project'],
    'kind.indicator': ['指标', 'indicator'], 'kind.target': ['目标值', 'target'],
    'region.unknown': ['（地区不详）', '(region unknown)'],
    'lead': ['牵头', 'Lead'], 'responsible': ['责任', 'Responsible'], 'cooperating': ['配合', 'Cooperating'],
    'plans.filter': ['筛选标题、地区…', 'Filter by title, region…'],
    'plans.delete': ['删除', 'Delete'], 'plans.confirm': ['删除“{0}”？它将从列表和检索中移除。', 'Delete “{0}”? It leaves the list and the search.'],
    'plans.deleted': ['已删除“{0}”', 'Deleted “{0}”'],
    'plans.count': ['共 {0} 个规划', '{0} plan(s)'], 'plans.shown': ['显示 {0} / {1} 个规划', '{0} of {1} plans'],
    'plans.none': ['还没有规划：上传一个，或运行 “planscope ingest”。', 'No plans yet: upload one, or run “planscope ingest”.'],
    'col.title': ['标题', 'Title'], 'col.region': ['地区', 'Region'], 'col.period': ['期限', 'Period'], 'col.type': ['类型', 'Type'],
    'col.domains': ['领域', 'Domains'], 'col.goals': ['目标', 'Goals'], 'col.measures': ['措施', 'Measures'],
    'col.targets': ['目标值', 'Targets'], 'col.units': ['责任单位', 'Units'], 'col.warnings': ['提示', 'Warnings'],
    'plan.back': ['← 全部规划', '← all plans'], 'plan.loading': ['加载中…', 'Loading…'],
    'plan.domains': ['{0} 个领域', '{0} domains'], 'plan.goals': ['{0} 条目标', '{0} goals'], 'plan.measures': ['{0} 条措施', '{0} measures'],
    'plan.goalsHead': ['主要目标', 'Goals'], 'plan.measuresHead': ['策略措施', 'Measures'],
    'plan.indicators': ['主要指标', 'Indicators'], 'plan.projects': ['重点工程', 'Key projects'], 'plan.implementation': ['组织实施', 'Implementation'],
    'plan.inferred': ['（未找到标题；按内容归入）', '(heading not found; placed by content)'],
    'plan.novalue': ['未量化：', 'no value: '],
    'source.hint': ['点击目标、措施或目标值，查看原文位置。', 'Click a goal, measure or target to see it in the source text.'],
    'source.loading': ['正在加载原文…', 'Loading the source text…'],
    'source.missing': ['原文不可用：', 'Source text not available: '],
    'source.where': ['原文第 {0}–{1} 字（{2}）', 'Characters {0}–{1} of {2}'],
    'compare.placeholder': ['指标，如 孕产妇死亡率；多个用逗号分隔', 'Indicator, e.g. 孕产妇死亡率; several separated by commas'],
    'compare.button': ['对比', 'Compare'], 'compare.hint': ['输入指标，对比各地区的目标值。', 'Name an indicator to compare its targets across regions.'],
    'compare.busy': ['对比中…', 'Comparing…'],
    'compare.period': ['时期', 'Period'], 'compare.tree': ['按层级（全国→省→市→县）', 'as a tree (national → province → city → county)'],
    'tree.national': ['全国', 'National'], 'tree.noplan': ['（数据中无此指标的规划）', '(no plan naming it in the data)'],
    'tree.looser': ['▲ 宽于{0}（{1}）', '▲ looser than {0} ({1})'],
    'history.placeholder': ['地区，如 柳城县', 'Region, e.g. 柳城县'], 'history.indicator': ['指标（可选）', 'Indicator (optional)'],
    'history.button': ['查看沿革', 'Show history'], 'history.hint': ['输入地区，查看其各时期规划的目标变化。', 'Name a region to see its targets across plan periods.'],
    'history.busy': ['查询中…', 'Loading…'], 'history.single': ['只有一个时期的规划，没有可比的前后目标。', 'Only one period: nothing to compare.'],
    'history.cols': [['指标', '变化', '前期目标', '后期目标', '前期原文', '后期原文'], ['Indicator', 'Change', 'Before', 'After', 'Earlier text', 'Later text']],
    'compare.count': ['{0} 个地区，{1} 条目标值', '{1} targets in {0} regions'],
    'compare.none': ['没有规划提到“{0}”。', 'No plan names “{0}”.'],
    'compare.didyoumean': ['您是不是要找：', 'Did you mean: '],
    'compare.reference': ['国家目标 {0}', 'national target {0}'],
    'compare.nobars': ['{0}：没有可作图的数值', '{0}: no numeric values to chart'],
    'audit.plan': ['规划', 'Plan'], 'audit.all': ['全部规划', 'all plans'], 'audit.button': ['开始审查', 'Run audit'],
    'audit.busy': ['审查中…', 'Auditing…'], 'audit.none': ['没有发现问题。', 'No findings.'],
    'audit.count': ['共 {0} 条问题', '{0} finding(s)'],
    'audit.cols': [['规划', '领域', '条目', '规则', '级别', '依据', '建议'], ['Plan', 'Domain', 'Goal', 'Rule', 'Severity', 'Evidence', 'Suggestion']],
    'upload.button': ['上传', 'Upload'],
    'upload.limits': ['支持：{0}，每个文件不超过 {1}。可一次选择多个文件；上传后立即抽取并加入列表。', 'Supported: {0} — up to {1} each. Several files at once; each is extracted at once and added to the list.'],
    'upload.choose': ['请先选择文件。', 'Choose a file first.'],
    'upload.type': ['不支持的文件类型 {0}', 'unsupported file type {0}'],
    'upload.noext': ['（无扩展名）', '(no extension)'],
    'upload.large': ['文件超过大小限制', 'the file is larger than the limit'],
    'upload.sending': ['上传中…', 'uploading…'], 'upload.extracting': ['抽取中…', 'extracting…'],
    'upload.added': ['已添加“{0}”：{1} 个领域，{2} 条目标，{3} 条措施。', 'Added “{0}”: {1} domains, {2} goals, {3} measures.'],
    'upload.done': ['{0} 个文件：{1} 个已添加，{2} 个重复，{3} 个失败', '{0} file(s): {1} added, {2} duplicate, {3} failed'],
    'error': ['错误：', 'Error: '], 'unreachable': ['无法连接服务器', 'the server cannot be reached'],
  };

  function t(key, ...args) {
    const e = T[key];
    let s = e ? e[lang === 'en' ? 1 : 0] : key;
    if (typeof s === 'string') args.forEach((a, i) => { s = s.split('{' + i + '}').join(String(a)); });
    return s;
  }

  function applyStatic() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
    for (const e of document.querySelectorAll('[data-i18n-placeholder]')) e.setAttribute('placeholder', t(e.dataset.i18nPlaceholder));
    const sw = $('lang-switch');
    sw.textContent = lang === 'en' ? '中文' : 'English';
    sw.setAttribute('lang', lang === 'en' ? 'zh-CN' : 'en');
  }

  $('lang-switch').addEventListener('click', () => {
    lang = lang === 'en' ? 'zh' : 'en';
    try { localStorage.setItem(LANG_KEY, lang); } catch (e) { /* private mode */ }
    applyStatic();
    current.id = null;
    route();
  });

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
      throw new ApiError(0, t('unreachable'));
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
      target.replaceChildren(el('span', { class: 'error' }, t('error') + err.message));
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

  // ---- targets: the rules of org.planscope.format.TargetFormat; the server's "display" wins ----

  const SIGNS = { '>=': '≥', '<=': '≤', '=': '=', '~': '≈', '>': '>', '<': '<', GE: '≥', LE: '≤', EQ: '=', APPROX: '≈', GT: '>', LT: '<' };

  function number(v) {
    const s = String(v).trim();
    return /^-?\d+(\.\d+)?$/.test(s) && s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  }

  /** 12/10万, 70%, 5‰, 3:2, 1 所. */
  function amount(value, unit) {
    const v = number(value);
    if (!unit || unit === 'ratio' || unit === 'fraction') return v;
    unit = String(unit).trim().normalize('NFKC'); // ％ → %, as TargetFormat folds it
    if (['%', '‰', '‱'].includes(unit)) return v + unit;
    if (unit.startsWith('1/') && unit.length > 2) return v + unit.slice(1);
    if (unit.startsWith('/')) return v + unit;
    return v + ' ' + unit;
  }

  /** ≤ 12/10万 (no year); 未量化 without a value. */
  function formatValue(op, value, unit) {
    if (value === null || value === undefined || String(value).trim() === '') return '未量化';
    const sign = op ? (SIGNS[op] || op) : '';
    return (sign ? sign + ' ' : '') + amount(value, unit);
  }

  /** 2030年 ≤ 12/10万: the server's display when it sent one. */
  function targetValue(t) {
    if (typeof t.display === 'string' && t.display) return t.display;
    const v = formatValue(t.op, t.value, t.unit);
    return Number.isInteger(t.year) ? t.year + '年 ' + v : v;
  }

  function targetText(t) {
    if (t === null || t === undefined) return '';
    if (typeof t !== 'object') return String(t);
    return [t.indicator, targetValue(t)].filter(Boolean).join(' ');
  }

  function validSpan(span) {
    return Array.isArray(span) && span.length === 2 && Number.isInteger(span[0]) && Number.isInteger(span[1])
      && span[0] >= 0 && span[1] >= span[0];
  }

  function planHref(id, span) {
    return '#/plan/' + encodeURIComponent(String(id)) + (validSpan(span) ? '?span=' + span[0] + ',' + span[1] : '');
  }

  function period(p) { return p && p.start ? p.start + '–' + p.end : ''; }

  function kindName(k) { return T['kind.' + k] ? t('kind.' + k) : (k || ''); }

  /** A download link for an .xlsx answer with the current parameters. */
  function download(link, path, params, name) {
    const p = new URLSearchParams(params);
    p.set('lang', lang);
    link.href = path + '?' + p.toString();
    link.setAttribute('download', name + '.xlsx');
    link.hidden = false;
  }

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

  const VIEWS = { search: renderSearch, plans: renderPlans, plan: renderPlan, compare: renderCompare, history: renderHistory, audit: renderAudit, upload: renderUpload,
    monitor: (params) => window.planscopeMonitor(lang) };  // monitor.js

  function route() {
    let { view, arg, params } = parseHash();
    if (!VIEWS[view]) view = 'search';
    for (const s of document.querySelectorAll('section.view')) s.hidden = s.id !== 'view-' + view;
    const tab = view === 'plan' ? 'plans' : view;
    for (const x of document.querySelectorAll('.tab')) x.classList.toggle('active', x.dataset.view === tab);
    VIEWS[view](params, arg);
  }

  /** A token for the latest request of a view; older answers are dropped. */
  const seq = {};
  function begin(view) { seq[view] = (seq[view] || 0) + 1; return seq[view]; }
  function stale(view, token) { return seq[view] !== token; }

  // ---- search ----

  const PAGE = 20;
  const FACETS = ['region', 'domain', 'kind', 'unit'];
  const SEARCH_KEYS = ['q', 'region', 'province', 'level', 'domain', 'kind', 'unit', 'where'];

  async function renderSearch(params) {
    const q = params.get('q') || '';
    $('search-q').value = q;
    $('search-province').value = params.get('province') || '';
    $('search-level').value = params.get('level') || '';
    $('search-where').value = params.get('where') || '';
    const status = $('search-status');
    const results = $('search-results');
    const facets = $('search-facets');
    const pager = $('search-pager');
    const notes = $('search-notes');
    const token = begin('search');
    const asked = SEARCH_KEYS.some((k) => (params.get(k) || '').trim());
    results.replaceChildren();
    pager.replaceChildren();
    notes.replaceChildren();
    $('search-download').hidden = true;
    if (!asked) {
      facets.replaceChildren();
      setStatus(status, t('search.hint'));
      return;
    }
    setStatus(status, t('search.busy'));
    const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
    const request = new URLSearchParams();
    for (const k of SEARCH_KEYS) if ((params.get(k) || '').trim()) request.set(k, params.get(k));
    try {
      const ask = new URLSearchParams(request);
      ask.set('limit', PAGE);
      ask.set('offset', offset);
      ask.set('lang', lang);
      const data = await api('/api/search?' + ask.toString());
      if (stale('search', token)) return;
      const hits = Array.isArray(data.hits) ? data.hits : [];
      const total = Number.isFinite(data.total) ? data.total : hits.length;
      const label = q || t('search.filtered');
      // a distributed index that answered without one of its shards says so; never silently short
      const partial = data.partial === true ? ' — 注意：部分分片未响应，结果不完整 (partial results)' : '';
      setStatus(status, (total ? t('search.count', label, data.totalIsLowerBound ? total + '+' : total, offset + 1, offset + hits.length) : t('search.none', label)) + partial);
      notes.replaceChildren(...(data.notes || []).map((n) => el('li', null, n)));
      facets.replaceChildren(...renderFacets(data.facets || {}, params));
      results.replaceChildren(...groupByRegion(hits).map(([region, list]) => renderGroup(region, list)));
      pager.replaceChildren(...renderPager(total, offset, params));
      if (total) {
        const all = new URLSearchParams(request);
        all.set('limit', 200);
        download($('search-download'), '/api/search.xlsx', all, lang === 'en' ? 'search' : '检索结果');
      }
    } catch (e) {
      if (stale('search', token)) return;
      facets.replaceChildren();
      showError(status, e);
    }
  }

  function groupByRegion(hits) {
    const groups = new Map();
    for (const h of hits) {
      const name = h.region && h.region.name ? h.region.name : t('region.unknown');
      if (!groups.has(name)) groups.set(name, []);
      groups.get(name).push(h);
    }
    return [...groups.entries()];
  }

  function renderPager(total, offset, params) {
    if (total <= PAGE) return [];
    const pages = Math.ceil(total / PAGE);
    const page = Math.floor(offset / PAGE) + 1;
    const to = (n) => {
      const p = new URLSearchParams(params);
      if (n > 0) p.set('offset', n); else p.delete('offset');
      return () => go('search', '', p);
    };
    return [
      offset > 0 ? el('button', { type: 'button', class: 'link', id: 'search-prev', onclick: to(Math.max(0, offset - PAGE)) }, t('pager.prev')) : null,
      el('span', { class: 'meta', id: 'search-page' }, t('pager.page', page, pages)),
      offset + PAGE < total ? el('button', { type: 'button', class: 'link', id: 'search-next', onclick: to(offset + PAGE) }, t('pager.next')) : null,
    ].filter(Boolean);
  }

  function renderFacets(facets, params) {
    const out = [];
    for (const field of FACETS) {
      const raw = facets[field];
      let entries = Array.isArray(raw) ? raw.map((c) => [c.value, c.count])
        : raw && typeof raw === 'object' ? Object.entries(raw) : [];
      const active = params.get(field);
      if (active !== null && !entries.some(([name]) => name === active)) entries.unshift([active, 0]); // always clearable
      if (!entries.length) continue;
      const items = entries.map(([name, count]) => {
        const on = active === name;
        return el('li', null, el('button', {
          type: 'button', class: 'link facet-value' + (on ? ' active' : ''), 'data-facet': field, 'data-value': name, 'aria-pressed': on ? 'true' : 'false',
          onclick: () => {
            const p = new URLSearchParams(params);
            if (on) p.delete(field); else p.set(field, name);
            p.delete('offset');
            go('search', '', p);
          },
        }, el('span', null, field === 'kind' ? kindName(name) : name), el('span', { class: 'count' }, String(count))));
      });
      out.push(el('fieldset', { 'data-facet': field }, el('legend', null, t('facet.' + field)), el('ul', null, items)));
    }
    return out;
  }

  function renderGroup(region, hits) {
    const first = hits[0] || {};
    return el('section', { class: 'group' },
      el('h3', null, region + (first.title ? ' — ' + first.title : '')),
      hits.map(renderHit));
  }

  function renderHit(h) {
    const label = '[' + kindName(h.kind) + (h.domain ? ' · ' + h.domain : '') + '] ' + (h.number || '');
    const tg = h.target ? [h.target] : (Array.isArray(h.targets) ? h.targets : []);
    return el('div', { class: 'hit' },
      el('a', { class: 'hit-title', href: planHref(h.plan || h.planId, h.span) }, label.trim()),
      el('p', { class: 'snippet' }, highlighted(h.snippet || h.highlight || h.text || '')),
      tg.length ? el('ul', { class: 'targets' }, tg.map((x) => el('li', null, targetText(x)))) : null,
      (h.lead || []).length ? el('div', { class: 'units' }, t('lead') + ': ' + h.lead.join('、')) : null);
  }

  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const { params } = parseHash();
    const p = new URLSearchParams();
    for (const k of ['region', 'domain', 'kind', 'unit']) if (params.get(k)) p.set(k, params.get(k));
    const q = $('search-q').value.trim();
    if (q) p.set('q', q);
    for (const [k, id] of [['province', 'search-province'], ['level', 'search-level'], ['where', 'search-where']]) {
      const v = $(id).value.trim();
      if (v) p.set(k, v);
    }
    go('search', '', p);
  });

  // ---- plans ----

  const plansState = { plans: [], key: null, dir: 1 };

  async function renderPlans() {
    const status = $('plans-status');
    const body = $('plans-table').tBodies[0];
    const token = begin('plans');
    setStatus(status, t('plan.loading'));
    $('plans-download').setAttribute('download', (lang === 'en' ? 'plans' : '规划列表') + '.xlsx');
    $('plans-download').href = '/api/plans.xlsx?lang=' + lang;
    try {
      const data = await api('/api/plans');
      if (stale('plans', token)) return;
      plansState.plans = data.plans || [];
      drawPlans();
      fillPlanChoices(plansState.plans);
    } catch (e) {
      if (stale('plans', token)) return;
      body.replaceChildren();
      showError(status, e);
    }
  }

  function planValue(p, key) {
    const c = p.counts || {};
    if (key === 'period') return p.period && p.period.start ? p.period.start : null;
    if (key in c) return c[key];
    return p[key] === undefined ? null : p[key];
  }

  function drawPlans() {
    const status = $('plans-status');
    const body = $('plans-table').tBodies[0];
    const all = plansState.plans;
    const needle = $('plans-filter').value.trim().toLowerCase();
    let shown = needle ? all.filter((p) => [p.title, p.region, p.planType, p.doc, p.id]
      .some((v) => v && String(v).toLowerCase().includes(needle))) : all.slice();
    if (plansState.key) {
      const k = plansState.key;
      const zh = new Intl.Collator('zh-CN');
      shown.sort((a, b) => {
        const x = planValue(a, k);
        const y = planValue(b, k);
        if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
        return plansState.dir * (typeof x === 'number' && typeof y === 'number' ? x - y : zh.compare(String(x), String(y)));
      });
    }
    for (const th of $('plans-table').tHead.rows[0].cells) {
      if (th.dataset.key === plansState.key) th.setAttribute('aria-sort', plansState.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    setStatus(status, !all.length ? t('plans.none') : needle ? t('plans.shown', shown.length, all.length) : t('plans.count', all.length));
    body.replaceChildren(...shown.map((p) => {
      const c = p.counts || {};
      return el('tr', { class: 'plan-row', 'data-id': p.id },
        el('td', null, el('a', { class: 'plan-link', href: planHref(p.id) }, p.title || p.id)),
        el('td', null, p.region || ''), el('td', null, period(p.period)), el('td', null, p.planType || ''),
        ...['domains', 'goals', 'measures', 'targets', 'units', 'warnings'].map((k) => el('td', { class: 'num' }, c[k] ?? '')),
        el('td', null, el('button', { type: 'button', class: 'danger plan-delete', onclick: () => deletePlan(p) }, t('plans.delete'))));
    }));
  }

  async function deletePlan(p) {
    if (!window.confirm(t('plans.confirm', p.title || p.id))) return;
    try {
      await api('/api/plans/' + encodeURIComponent(p.id), { method: 'DELETE' });
      plansState.plans = plansState.plans.filter((x) => x.id !== p.id);
      drawPlans();
      setStatus($('plans-status'), t('plans.deleted', p.title || p.id));
    } catch (e) {
      showError($('plans-status'), e);
    }
  }

  $('plans-filter').addEventListener('input', drawPlans);
  for (const th of document.querySelectorAll('#plans-table th[data-key]')) {
    th.addEventListener('click', () => {
      plansState.dir = plansState.key === th.dataset.key ? -plansState.dir : 1;
      plansState.key = th.dataset.key;
      drawPlans();
    });
  }

  // ---- one plan ----

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
    setStatus($('source-status'), t('source.hint'));
    setStatus(status, t('plan.loading'));
    try {
      const plan = await api('/api/plans/' + encodeURIComponent(id));
      if (stale('plan', token)) return;
      current.plan = plan;
      setStatus(status, '');
      $('plan-title').textContent = plan.title || plan.id;
      const goals = (plan.domains || []).reduce((n, d) => n + (d.goals || []).length, 0);
      const measures = (plan.domains || []).reduce((n, d) => n + (d.measures || []).length, 0);
      $('plan-meta').textContent = [plan.region && plan.region.name, period(plan.period), plan.planType, plan.doc,
        t('plan.domains', (plan.domains || []).length), t('plan.goals', goals), t('plan.measures', measures)].filter(Boolean).join(' · ');
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
      d.inferred ? el('p', { class: 'meta' }, t('plan.inferred')) : null,
      (d.goals || []).length ? [el('h4', null, t('plan.goalsHead')), el('ol', { class: 'goals' }, d.goals.map((g) => renderItem(g, 'goal')))] : null,
      (d.measures || []).length ? [el('h4', null, t('plan.measuresHead')), el('ol', { class: 'measures' }, d.measures.map((m) => renderItem(m, 'measure')))] : null));
    if ((plan.indicators || []).length) {
      out.push(el('section', { class: 'domain extra' }, el('h3', null, t('plan.indicators')),
        el('ol', null, plan.indicators.map((k) => renderItem(k, 'indicator')))));
    }
    if ((plan.keyProjects || []).length) {
      out.push(el('section', { class: 'domain extra' }, el('h3', null, t('plan.projects')),
        el('ol', null, plan.keyProjects.map((k) => renderItem(k, 'key_project')))));
    }
    if ((plan.implementationUnits || []).length) {
      out.push(el('section', { class: 'domain extra' }, el('h3', null, t('plan.implementation')),
        el('ul', { class: 'units' }, plan.implementationUnits.map((u) => el('li', null,
          el('button', { type: 'button', class: 'link', onclick: () => showSpan(u.span) }, u.unit || ''),
          u.duty ? ' — ' + u.duty : '')))));
    }
    return out;
  }

  function renderItem(it, kind) {
    const li = el('li', { class: 'item ' + kind });
    const label = [it.number, it.title || it.text].filter(Boolean).join(' ');
    const roles = ['lead', 'responsible', 'cooperating']
      .filter((k) => Array.isArray(it[k]) && it[k].length)
      .map((k) => t(k) + ': ' + it[k].join('、'));
    append(li, [
      el('button', { type: 'button', class: 'link item-link', onclick: () => { select(li); showSpan(it.span); } }, label),
      (it.targets || []).length || (it.missingValues || []).length ? el('ul', { class: 'targets' },
        (it.targets || []).map((x) => el('li', { class: 'target' },
          el('button', { type: 'button', class: 'link', onclick: () => { select(li); showSpan(x.span || it.span); } }, targetText(x)))),
        (it.missingValues || []).map((x) => el('li', { class: 'missing' }, t('plan.novalue') + (x.indicator || x.raw || '')))) : null,
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
      setStatus(status, t('source.loading'));
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
      status.replaceChildren(el('span', { class: 'error' }, t('source.missing') + current.sourceError.message));
      return;
    }
    const text = current.source;
    const s = Math.min(span[0], text.length);
    const e = Math.min(span[1], text.length);
    const mark = el('mark', { id: 'source-mark' }, text.slice(s, e));
    $('plan-source').replaceChildren(text.slice(0, s), mark, text.slice(e));
    setStatus(status, t('source.where', s, e, current.plan && current.plan.doc ? current.plan.doc : ''));
    const pre = $('plan-source');
    pre.scrollTop = Math.max(0, mark.offsetTop - pre.clientHeight / 3);
  }

  // ---- compare ----

  async function renderCompare(params) {
    const indicator = params.get('indicator') || '';
    $('compare-indicator').value = indicator;
    $('compare-period').value = params.get('period') || '';
    $('compare-tree').checked = params.get('tree') === '1';
    const status = $('compare-status');
    const table = $('compare-table');
    const chart = $('compare-chart');
    const token = begin('compare');
    table.replaceChildren();
    chart.replaceChildren();
    $('compare-tree-view').replaceChildren();
    if (indicator.trim() && params.get('tree') === '1') return renderTree(params, token);
    $('compare-download').hidden = true;
    if (!indicator.trim()) {
      setStatus(status, t('compare.hint'));
      return;
    }
    setStatus(status, t('compare.busy'));
    try {
      const data = await api('/api/compare?' + params.toString());
      if (stale('compare', token)) return;
      const list = Array.isArray(data.comparisons) ? data.comparisons : [data];
      const name = (c) => c.catalogueName || c.indicator || indicator;
      const rowsOf = (c) => (Array.isArray(c.rows) ? c.rows : []);
      const found = list.filter((c) => rowsOf(c).length);
      const missing = list.filter((c) => !rowsOf(c).length);
      const notes = missing.map((c) => el('div', { class: 'notes' }, t('compare.none', c.indicator || indicator),
        (c.suggestions || []).length ? [' ' + t('compare.didyoumean'), c.suggestions.map((s, i) => [i ? '、' : '',
          el('button', { type: 'button', class: 'link suggestion', onclick: () => go('compare', '', new URLSearchParams({ indicator: s })) }, s)])] : null));
      if (!found.length) {
        status.replaceChildren(...notes);
        return;
      }
      const unknown = t('region.unknown');
      const regions = [...new Set(found.flatMap((c) => rowsOf(c).map((r) => r.region || unknown)))];
      const count = found.reduce((n, c) => n + rowsOf(c).length, 0);
      status.replaceChildren(t('compare.count', regions.length, count), ...notes);
      table.replaceChildren(
        el('thead', null, el('tr', null, el('th', null, t('facet.region')), found.map((c) => el('th', null, name(c))))),
        el('tbody', null, regions.map((region) => el('tr', { class: 'compare-row' }, el('th', null, region),
          found.map((c) => el('td', null, rowsOf(c).filter((r) => (r.region || unknown) === region)
            .map((r) => el('div', { class: r.value === null || r.value === undefined ? 'unquantified' : null },
              el('a', { href: planHref(r.plan, r.span), title: r.goal || '' }, targetValue(r))))))))));
      chart.replaceChildren(...found.map((c) => barChart(name(c), rowsOf(c), c.reference)));
      download($('compare-download'), '/api/compare.xlsx', params.get('period') ? { indicator, period: params.get('period') } : { indicator }, lang === 'en' ? 'compare' : '指标对比');
    } catch (e) {
      if (stale('compare', token)) return;
      showError(status, e);
    }
  }

  /** One indicator down the administrative tree (/api/compare?tree=1), looser levels marked. */
  async function renderTree(params, token) {
    const status = $('compare-status');
    setStatus(status, t('compare.busy'));
    try {
      const data = await api('/api/compare?' + params.toString());
      if (stale('compare', token)) return;
      const trees = Array.isArray(data.trees) ? data.trees : [data];
      setStatus(status, '');
      $('compare-tree-view').replaceChildren(...trees.map((h) => el('li', null,
        el('strong', null, h.catalogueName || h.indicator), el('ul', null, treeNode(h.tree, true)))));
      const indicator = params.get('indicator');
      download($('compare-download'), '/api/compare.xlsx', params.get('period') ? { indicator, period: params.get('period') } : { indicator }, lang === 'en' ? 'compare' : '指标对比');
    } catch (e) {
      if (stale('compare', token)) return;
      showError(status, e);
    }
  }

  function treeNode(n, root) {
    const values = (n.values || []).map((v, i) => [i ? '；' : '',
      v.plan ? el('a', { href: planHref(v.plan), title: v.goal || '' }, v.display) : v.display,
      v.source ? '（' + v.source + '）' : '',
      v.looser ? el('strong', { class: 'looser' }, ' ' + t('tree.looser', v.looser.than === '全国' ? t('tree.national') : v.looser.than, v.looser.display)) : '']);
    return el('li', { class: 'tree-node' + (values.length ? '' : ' empty') },
      el('span', { class: 'node-name' }, root ? t('tree.national') : n.name + (n.level ? '（' + n.level + '）' : '')), '：',
      values.length ? values : (root ? '—' : t('tree.noplan')),
      (n.children || []).length ? el('ul', null, n.children.map((c) => treeNode(c, false))) : null);
  }

  // ---- history ----

  async function renderHistory(params) {
    const region = params.get('region') || '';
    $('history-region').value = region;
    $('history-indicator').value = params.get('indicator') || '';
    const status = $('history-status');
    const out = $('history-results');
    const token = begin('history');
    out.replaceChildren();
    if (!region.trim()) { setStatus(status, t('history.hint')); return; }
    setStatus(status, t('history.busy'));
    try {
      const q = new URLSearchParams({ region, indicator: params.get('indicator') || '', lang });
      const data = await api('/api/history?' + q.toString());
      if (stale('history', token)) return;
      setStatus(status, '');
      out.replaceChildren(...(data.series || []).map(historySeries));
    } catch (e) {
      if (stale('history', token)) return;
      showError(status, e);
    }
  }

  function historySeries(s) {
    const plans = s.plans || [];
    const byId = Object.fromEntries(plans.map((p) => [p.id, p]));
    const head = el('h3', null, s.region + ' ' + s.label + '：', plans.map((p, i) => [i ? ' → ' : '', el('a', { href: planHref(p.id), title: p.title }, p.label)]));
    if (!(s.steps || []).length) return el('div', { class: 'series' }, head, el('p', { class: 'meta' }, t('history.single')));
    return el('div', { class: 'series' }, head, s.steps.map((st) => [
      el('h4', null, (byId[st.from] || {}).label + ' → ' + (byId[st.to] || {}).label),
      el('div', { class: 'table-box' }, el('table', { class: 'grid history' },
        el('thead', null, el('tr', null, t('history.cols').map((c) => el('th', null, c)))),
        el('tbody', null, st.changes.map((c) => el('tr', { class: 'change-' + c.change },
          el('td', null, c.indicator), el('td', { class: 'change' }, c.changeName),
          el('td', null, c.before ? c.before.display : '—'), el('td', null, c.after ? c.after.display : '—'),
          el('td', null, c.before ? diffText(c.diff, 'deleted') : ''), el('td', null, c.after ? diffText(c.diff, 'inserted') : ''))))))]));
  }

  /** One side of a diff: what stayed as text, what this side alone has in <del> or <ins>. */
  function diffText(pieces, kind) {
    return (pieces || []).filter((p) => p.kind === 'same' || p.kind === kind)
      .map((p) => (p.kind === 'same' ? p.text : el(kind === 'deleted' ? 'del' : 'ins', null, p.text)));
  }

  $('history-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams({ region: $('history-region').value.trim() });
    if ($('history-indicator').value.trim()) p.set('indicator', $('history-indicator').value.trim());
    go('history', '', p);
  });

  /** Horizontal bars (inline SVG), smallest value first, with the national target as a line. */
  function barChart(indicator, rows, reference) {
    const bars = rows.filter((r) => typeof r.value === 'number' && Number.isFinite(r.value)).sort((a, b) => a.value - b.value);
    if (!bars.length) return el('p', { class: 'meta' }, t('compare.nobars', indicator));
    const ref = reference && typeof reference.value === 'number' && Number.isFinite(reference.value) ? reference : null;
    const max = Math.max(...bars.map((r) => Math.abs(r.value)), ref ? Math.abs(ref.value) : 0) || 1;
    const W = 720, LABEL = 150, BAR = 22, GAP = 8, TOP = 24, BOTTOM = ref ? 20 : 0;
    const height = TOP + bars.length * (BAR + GAP) + BOTTOM;
    const span = W - LABEL - 110;
    const unit = bars[0].unit && !['ratio', 'fraction'].includes(bars[0].unit) ? ' (' + bars[0].unit + ')' : '';
    const chart = svg('svg', { class: 'bar-chart', width: '100%', viewBox: '0 0 ' + W + ' ' + height, preserveAspectRatio: 'xMinYMin meet', role: 'img' },
      svg('title', null, indicator), svg('text', { x: 0, y: 16, 'font-weight': 600 }, indicator + unit));
    bars.forEach((r, i) => {
      const y = TOP + i * (BAR + GAP);
      const w = Math.max(1, Math.round(span * Math.abs(r.value) / max));
      append(chart, [
        svg('text', { x: LABEL - 8, y: y + BAR * 0.7, 'text-anchor': 'end', class: 'bar-label' }, r.region || t('region.unknown')),
        svg('rect', { x: LABEL, y, width: w, height: BAR, class: 'bar', 'data-value': r.value }),
        svg('text', { x: LABEL + w + 6, y: y + BAR * 0.7, class: 'bar-value' }, formatValue(r.op, r.value, r.unit)),
      ]);
    });
    if (ref) {
      const x = LABEL + Math.round(span * Math.abs(ref.value) / max);
      const label = t('compare.reference', ref.display || formatValue(ref.op, ref.value, ref.unit));
      append(chart, [
        svg('line', { x1: x, x2: x, y1: TOP - 4, y2: height - BOTTOM + 2, class: 'reference' }),
        svg('text', { x: Math.min(x, W - 200), y: height - 4, class: 'reference-label' }, label),
      ]);
    }
    return chart;
  }

  $('compare-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const indicator = $('compare-indicator').value.trim();
    const p = indicator ? new URLSearchParams({ indicator }) : null;
    if (p && $('compare-period').value.trim()) p.set('period', $('compare-period').value.trim());
    if (p && $('compare-tree').checked) p.set('tree', '1');
    go('compare', '', p);
  });

  // ---- audit ----

  const SEVERITIES = ['error', 'warning', 'info', 'high', 'medium', 'low'];

  async function renderAudit(params) {
    const status = $('audit-status');
    const table = $('audit-table');
    const summary = $('audit-summary');
    const token = begin('audit');
    const plan = params.get('plan') || '';
    table.replaceChildren();
    summary.replaceChildren();
    setStatus(status, t('audit.busy'));
    download($('audit-download'), '/api/audit.xlsx', plan ? { plan } : {}, lang === 'en' ? 'audit' : '审查结果');
    const plans = api('/api/plans').then((d) => d.plans || []).catch(() => []);
    try {
      const query = new URLSearchParams(params);
      query.set('lang', lang === 'en' ? 'en' : 'zh');
      const data = await api('/api/audit?' + query.toString());
      const known = await plans;
      if (stale('audit', token)) return;
      fillPlanChoices(known, plan);
      const titles = new Map(known.map((p) => [p.id, p.title || p.id]));
      const findings = Array.isArray(data.findings) ? data.findings : [];
      setStatus(status, findings.length ? '' : t('audit.none'));
      const counts = {};
      for (const f of findings) { const k = f.severityName || f.severity || 'other'; counts[k] = (counts[k] || 0) + 1; }
      summary.textContent = t('audit.count', findings.length)
        + (findings.length ? (lang === 'en' ? ': ' : '：') + Object.entries(counts).map(([k, n]) => k + ' ' + n).join(lang === 'en' ? ', ' : '，') : '');
      if (!findings.length) return;
      table.replaceChildren(
        el('thead', null, el('tr', null, T['audit.cols'][lang === 'en' ? 1 : 0].map((h) => el('th', null, h)))),
        el('tbody', null, findings.map((f) => el('tr', { class: 'finding' },
          el('td', null, el('a', { href: planHref(f.plan, f.span), title: f.plan || '' }, titles.get(f.plan) || f.plan || '')),
          el('td', null, f.domain || ''), el('td', null, f.goal || ''), el('td', { title: f.rule || '' }, f.ruleName || f.rule || ''),
          el('td', { class: 'severity-' + (SEVERITIES.includes(String(f.severity || '').toLowerCase()) ? String(f.severity).toLowerCase() : 'other') }, f.severityName || f.severity || ''),
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
    select.replaceChildren(el('option', { value: '' }, t('audit.all')),
      ...plans.map((p) => el('option', { value: p.id }, (p.title || p.id) + (p.region ? ' — ' + p.region : ''))));
    select.value = plans.some((p) => p.id === keep) ? keep : '';
  }

  $('audit-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const plan = $('audit-plan').value;
    go('audit', '', plan ? new URLSearchParams({ plan }) : null);
  });

  // ---- upload: several files, one after another, each with its own progress ----

  let info = null;

  async function loadInfo() {
    if (!info) {
      try { info = await api('/api/info'); } catch (e) { info = null; }
    }
    return info;
  }

  function size(bytes) {
    const mb = bytes / (1024 * 1024);
    return mb >= 1 ? Math.round(mb * 10) / 10 + ' MB' : Math.round(bytes / 1024) + ' KB';
  }

  async function renderUpload() {
    const i = await loadInfo();
    if (!i) return;
    $('upload-limits').textContent = t('upload.limits', i.supported.map((x) => '.' + x).join(' '), size(i.maxUploadBytes));
    $('upload-file').setAttribute('accept', i.supported.map((x) => '.' + x).join(','));
  }

  /** POSTs one file; resolves to {status, body}; reports progress of the sending. */
  function send(file, onProgress) {
    return new Promise((resolve) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const x = new XMLHttpRequest();
      x.open('POST', '/api/upload');
      x.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
      x.upload.onload = () => onProgress(1);
      x.onload = () => {
        let body = null;
        try { body = JSON.parse(x.responseText); } catch (e) { body = null; }
        resolve({ status: x.status, body });
      };
      x.onerror = () => resolve({ status: 0, body: { error: t('unreachable') } });
      x.send(form);
    });
  }

  $('upload-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const status = $('upload-status');
    const list = $('upload-files');
    const files = [...$('upload-file').files];
    if (!files.length) { setStatus(status, t('upload.choose')); return; }
    const i = await loadInfo();
    list.replaceChildren();
    setStatus(status, '');
    $('upload-button').disabled = true;
    let added = 0, duplicate = 0, failed = 0, last = null;
    for (const file of files) {
      const bar = el('progress', { max: 1, value: 0 });
      const note = el('span', { class: 'meta' }, t('upload.sending'));
      list.append(el('li', { class: 'upload-file' }, bar, el('strong', null, file.name), ' ', note));
      const ext = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase() : '';
      const fail = (message) => { failed++; bar.remove(); note.replaceWith(el('span', { class: 'error' }, t('error') + message)); };
      if (i && !i.supported.includes(ext)) { fail(t('upload.type', ext ? '.' + ext : t('upload.noext'))); continue; }
      if (i && file.size > i.maxUploadBytes) { fail(t('upload.large')); continue; }
      const r = await send(file, (f) => { bar.value = f; if (f >= 1) note.textContent = t('upload.extracting'); });
      bar.value = 1;
      if (r.status === 201 || r.status === 200) {
        const p = r.body.plan;
        const c = p.counts || {};
        if (r.status === 201) { added++; last = p; } else { duplicate++; }
        note.replaceWith(el('span', { class: 'ok' }, el('a', { href: planHref(p.id) },
          r.status === 201 ? t('upload.added', p.title || p.id, c.domains, c.goals, c.measures) : r.body.notice || p.title || p.id)),
        r.status === 201 && r.body.notice ? el('div', { class: 'meta' }, r.body.notice) : '');
      } else {
        fail(r.body && typeof r.body.error === 'string' ? r.body.error : 'HTTP ' + r.status);
      }
    }
    $('upload-button').disabled = false;
    $('upload-file').value = '';
    setStatus(status, t('upload.done', files.length, added, duplicate, failed));
    if (files.length === 1 && last) go('plan', last.id, null);
  });

  applyStatic();
  window.addEventListener('hashchange', route);
  route();
})();
