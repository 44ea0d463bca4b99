// The dashboard. Plain JavaScript, no build step. Every string that comes from a report, a claim
// or a user goes into the page as text (el() / textContent), never as HTML.
'use strict';

const state = { session: null, config: null, map: null };

// ---- small helpers ------------------------------------------------------------------------

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'style') Object.assign(node.style, v);  // CSSOM: allowed by the page's CSP, unlike style attributes
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function main() { return document.getElementById('main'); }

/** Replaces a node's children; arrays are flattened and absent parts (null, false) left out. */
function fill(node, ...children) {
  node.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
}

function show(...nodes) { fill(main(), ...nodes); }

class ApiFailure extends Error {
  constructor(status, error) {
    super(error && error.message ? error.message : 'request failed (' + status + ')');
    this.status = status;
    this.field = error ? error.field : null;
  }
}

async function api(path, options) {
  const opts = Object.assign({ headers: {} }, options || {});
  opts.credentials = 'same-origin';
  if (opts.body !== undefined) {
    opts.headers['Content-Type'] = 'application/json';
    opts.body = JSON.stringify(opts.body);
  }
  if (opts.method && opts.method !== 'GET' && state.session && state.session.csrf_token) {
    opts.headers['X-CSRF-Token'] = state.session.csrf_token;
  }
  const res = await fetch(path, opts);
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : null;
  if (!res.ok) throw new ApiFailure(res.status, body && body.error);
  return body;
}

function failure(e) {
  return el('p', { class: 'error', role: 'alert' }, e.message);
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined) q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

function fmtNumber(n) { return n === null || n === undefined ? '' : Number(n).toLocaleString('en-GB'); }

/** "26 (26–38)" for an estimate; an open high shows as "26+". */
function fmtEstimate(e) {
  if (!e) return '';
  const high = e.high === null ? '…' : fmtNumber(e.high);
  if (e.low === e.best && e.high === e.best) return fmtNumber(e.best);
  if (e.low === e.best && e.high === null) return 'at least ' + fmtNumber(e.best);
  return fmtNumber(e.best) + ' (' + fmtNumber(e.low) + '–' + high + ')';
}

function fmtDates(a, b) {
  if (!a && !b) return 'date unknown';
  if (a === b) return a;
  return (a || '…') + ' – ' + (b || '…');
}

const TYPE_COLOURS = {
  'Explosions/Remote violence': '#b2182b',
  'Battles': '#2166ac',
  'Violence against civilians': '#762a83',
  'Protests': '#1b7837',
  'Riots': '#d17a00',
  'Strategic developments': '#5f6b73',
};
function typeColour(t) { return TYPE_COLOURS[t] || '#7a7a7a'; }

const PRECISION_LABEL = {
  place: 'town or village', near_place: 'near a town', admin2: 'district', admin1: 'governorate', country: 'country',
};

// ---- session ---------------------------------------------------------------------------------

async function loadSession() {
  state.session = await api('/api/session');
  const who = document.getElementById('who');
  who.replaceChildren();
  if (state.session.signed_in && state.session.via !== 'local') {
    who.append(state.session.user + ' (' + state.session.role + ') ',
      el('a', { href: '#/', onclick: async (ev) => { ev.preventDefault(); await api('/api/session', { method: 'DELETE' }); await loadSession(); route(); } }, 'sign out'));
  } else if (state.session.via === 'local') {
    who.append('single-user mode (this machine only)');
  }
}

function loginPage() {
  const name = el('input', { id: 'login-name', autocomplete: 'username', required: true });
  const password = el('input', { id: 'login-password', type: 'password', autocomplete: 'current-password', required: true });
  const out = el('div');
  const form = el('form', { class: 'panel', onsubmit: async (ev) => {
    ev.preventDefault();
    try {
      await api('/api/session', { method: 'POST', body: { name: name.value, password: password.value } });
      await loadSession();
      route();
    } catch (e) { out.replaceChildren(failure(e)); }
  } },
    el('div', { class: 'form-row' }, el('label', {}, 'User name', name), el('label', {}, 'Password', password)),
    el('button', { type: 'submit', id: 'login-submit' }, 'Sign in'), out);
  show(el('h1', {}, 'Sign in'), el('p', { class: 'muted' }, 'This is a shared install: sign in to read and add reports.'), form);
}

// ---- incidents: filters, totals, map, table --------------------------------------------------

function filtersFromHash() {
  const q = new URLSearchParams(location.hash.split('?')[1] || '');
  const f = {};
  for (const k of ['region', 'from', 'to', 'actor', 'type', 'status', 'needs_review', 'offset']) f[k] = q.get(k) || '';
  return f;
}

async function incidentsPage() {
  const f = filtersFromHash();
  const limit = 25;
  const regionSelect = el('select', { id: 'f-region' }, el('option', { value: '' }, 'All governorates'));
  // A district (or a country) is typed: the API reads any region name as series and onsets do.
  const districtInput = el('input', { id: 'f-district', placeholder: 'e.g. Maarrat al-Numan',
    'aria-label': 'or a district, typed' });
  regionSelect.addEventListener('change', () => { districtInput.value = ''; });
  const fromInput = el('input', { id: 'f-from', type: 'date', value: f.from });
  const toInput = el('input', { id: 'f-to', type: 'date', value: f.to });
  const actorInput = el('input', { id: 'f-actor', value: f.actor, placeholder: 'e.g. Russia' });
  const typeSelect = el('select', { id: 'f-type' }, el('option', { value: '' }, 'All event types'),
    Object.keys(TYPE_COLOURS).map(t => el('option', { value: t, selected: t === f.type }, t)));
  const statusSelect = el('select', { id: 'f-status' }, el('option', { value: '' }, 'Any status'),
    ['reported', 'corroborated'].map(s => el('option', { value: s, selected: s === f.status }, s)));
  const reviewCheck = el('input', { id: 'f-review', type: 'checkbox', checked: f.needs_review === 'true' });
  const apply = (ev) => {
    if (ev) ev.preventDefault();
    location.hash = '#/' + query({ region: districtInput.value.trim() || regionSelect.value, from: fromInput.value, to: toInput.value,
      actor: actorInput.value.trim(), type: typeSelect.value, status: statusSelect.value,
      needs_review: reviewCheck.checked ? 'true' : '' });
  };
  const filterForm = el('form', { class: 'filters', id: 'filters', onsubmit: apply },
    el('label', {}, 'Governorate', regionSelect), el('label', {}, 'or district', districtInput), el('label', {}, 'From', fromInput), el('label', {}, 'To', toInput),
    el('label', {}, 'Perpetrator', actorInput), el('label', {}, 'Event type', typeSelect), el('label', {}, 'Status', statusSelect),
    el('label', { class: 'check review-only' }, reviewCheck, ' needs review only'),
    el('button', { type: 'submit', id: 'f-apply' }, 'Apply'),
    el('button', { type: 'button', class: 'secondary', onclick: () => { location.hash = '#/'; } }, 'Clear'));
  const totalsBox = el('div', { class: 'totals', id: 'totals' });
  const mapBox = el('div', { id: 'map', role: 'img', 'aria-label': 'Map of the incidents listed below' });
  const tableBox = el('div', { id: 'incident-table' }, el('p', { class: 'muted' }, 'Loading…'));
  const filterParams = { region: f.region, from: f.from, to: f.to, actor: f.actor, type: f.type, status: f.status,
    needs_review: f.needs_review === 'true' ? 'true' : '' };
  const exports = el('p', { class: 'muted' }, 'Export these incidents: ',
    el('a', { href: '/api/export/incidents.csv' + query(filterParams), id: 'export-csv' }, 'CSV'), ' · ',
    el('a', { href: '/api/export/incidents.json' + query(filterParams), id: 'export-json' }, 'JSON'));
  show(el('h1', {}, 'Incidents'), filterForm, totalsBox, mapBox, el('h2', {}, 'List'), tableBox, exports);

  try {
    const regions = await api('/api/regions');
    for (const r of regions.regions) regionSelect.append(el('option', { value: r, selected: r === f.region }, r));
    // A region that is not one of the governorates listed (a district, a country) stays in the text box.
    if (f.region && !regions.regions.includes(f.region)) districtInput.value = f.region;
  } catch (e) { /* the list still works without the region choices */ }

  const offset = Number(f.offset || 0);
  try {
    const [page, totals, mapPage] = await Promise.all([
      api('/api/incidents' + query(Object.assign({}, filterParams, { limit, offset }))),
      api('/api/totals' + query(filterParams)),
      api('/api/incidents' + query(Object.assign({}, filterParams, { limit: 1000 }))),
    ]);
    renderTotals(totalsBox, totals);
    if (totals.region_filter) {
      totalsBox.append(el('div', { id: 'region-found' }, el('div', { class: 'label' }, 'region: ' + totals.region_filter.label
        + (totals.region_filter.governorate ? ', ' + totals.region_filter.governorate : ''))));
    }
    renderTable(tableBox, page, f, limit);
    renderMap(mapBox, mapPage.incidents);
  } catch (e) {
    tableBox.replaceChildren(failure(e));
  }
}

/** An incident's district as people read it, marked when it is only the nearest district seat's. */
function districtLabel(i) {
  return i.admin2 + (i.admin2_approximate ? ' (nearest district seat)' : '');
}

function renderTotals(box, t) {
  const killed = t.sums.killed;
  const civilians = t.sums.civilians;
  const review = t.needs_review || { incidents: 0, sums: {} };
  const item = (figure, label, id) => el('div', { id }, el('div', { class: 'figure' }, figure), el('div', { class: 'label' }, label));
  box.replaceChildren(
    item(fmtNumber(t.incidents), 'incidents summed'),
    item(killed ? fmtEstimate(killed) : '0', 'killed, best (low–high)'),
    item(civilians ? fmtEstimate(civilians) : '0', 'civilians killed'),
    item(review.sums.killed ? fmtEstimate(review.sums.killed) : '0',
      'killed in the ' + fmtNumber(review.incidents) + ' incident' + (review.incidents === 1 ? '' : 's') + ' marked for review',
      'review-figure'),
    item(fmtNumber(t.aggregates_left_out), 'totals and tallies kept out of the sums'),
    el('p', { class: 'review-share', id: 'review-share' }, reviewShare(killed, review.sums.killed)));
}

/** "at least 429 killed, 61 of them in incidents marked for review": how much of the low rests on uncertain claims. */
function reviewShare(sum, inReview) {
  if (!sum) return 'No one is counted killed in these incidents.';
  return 'At least ' + fmtNumber(sum.low) + ' killed, ' + (inReview && inReview.incidents ? fmtNumber(inReview.low) : 'none')
    + ' of them in incidents marked for review.';
}

/** The mark of an incident that needs review; its reasons on hover (as text, never HTML). */
function reviewBadge(i) {
  return i.needs_review ? el('span', { class: 'badge review', title: (i.review_reasons || []).join('\n') }, 'needs review') : null;
}

function renderTable(box, page, f, limit) {
  if (page.incidents.length === 0) {
    box.replaceChildren(el('p', { class: 'muted', id: 'no-incidents' }, 'No incident matches these filters.'));
    return;
  }
  const rows = page.incidents.map(i => el('tr', { class: 'link', 'data-id': i.id,
      onclick: () => { location.hash = '#/incident/' + encodeURIComponent(i.id); } },
    el('td', {}, fmtDates(i.date_from, i.date_to)),
    el('td', {}, el('a', { href: '#/incident/' + encodeURIComponent(i.id) }, i.place || (i.location && i.location.name) || i.admin1 || 'place unknown'),
      i.location ? el('div', { class: 'muted' }, PRECISION_LABEL[i.location.precision] || '') : null),
    el('td', {}, i.admin1 || ''),
    el('td', { class: 'district' }, i.admin2 ? districtLabel(i) : ''),
    el('td', {}, el('span', { class: 'swatch', style: { background: typeColour(i.event_type) } }), i.sub_event_type || i.event_type || ''),
    el('td', {}, i.actor || ''),
    el('td', { class: 'num' }, fmtEstimate(i.figures.killed)),
    el('td', { class: 'status' }, el('span', { class: 'badge ' + i.status }, i.status), ' ', reviewBadge(i),
      i.scope === 'aggregate' ? el('div', { class: 'muted' }, 'total, not summed') : null),
    el('td', { class: 'num' }, String(i.sources.length))));
  const table = el('table', { id: 'incidents' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Date'), el('th', {}, 'Place'), el('th', {}, 'Governorate'), el('th', {}, 'District'),
      el('th', {}, 'Type'), el('th', {}, 'Perpetrator'), el('th', { class: 'num' }, 'Killed'),
      el('th', {}, 'Status'), el('th', { class: 'num' }, 'Sources'))),
    el('tbody', {}, rows));
  const go = (offset) => {
    const q = new URLSearchParams(location.hash.split('?')[1] || '');
    q.set('offset', offset);
    location.hash = '#/?' + q.toString();
  };
  const pager = el('div', { class: 'pager' },
    el('button', { class: 'secondary', id: 'prev', disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - limit)) }, '← Previous'),
    el('span', { class: 'muted' }, (page.offset + 1) + '–' + (page.offset + page.incidents.length)),
    el('button', { class: 'secondary', id: 'next', disabled: page.next_offset === null, onclick: () => go(page.next_offset) }, 'Next →'));
  box.replaceChildren(table, pager);
}

let shapesCache = null;
async function shapes() {
  if (!shapesCache) shapesCache = await (await fetch('/api/regions/shapes')).json();
  return shapesCache;
}

async function renderMap(box, incidents) {
  if (typeof L === 'undefined') { box.replaceChildren(el('p', { class: 'error' }, 'The map library did not load.')); return; }
  // A view before any layer: Leaflet cannot place a layer on a map that has none.
  const map = L.map(box, { zoomSnap: 0.25, attributionControl: true }).setView([35, 38.5], 6);
  state.map = map;
  if (state.config && state.config.tile_url) {
    L.tileLayer(state.config.tile_url, { maxZoom: 18, attribution: 'map tiles: ' + new URL(state.config.tile_url.replace(/[{}]/g, '')).host }).addTo(map);
  }
  const basemap = L.geoJSON(await shapes(), {
    style: { color: '#9aa5ae', weight: 1, fillColor: '#ffffff', fillOpacity: state.config && state.config.tile_url ? 0 : 0.9 },
    onEachFeature: (feature, layer) => layer.bindTooltip(document.createTextNode(feature.properties.name), { sticky: true, direction: 'top', opacity: 0.85 }),
  }).addTo(map);
  map.attributionControl.addAttribution('Governorates: Natural Earth');
  const points = [];
  for (const i of incidents) {
    // Totals and tallies are not events: drawn, they would count their parts a second time.
    if (!i.location || i.scope === 'aggregate' || i.location.precision === 'country') continue;
    const killed = i.figures.killed ? i.figures.killed.best : 0;
    const radius = Math.min(40, 4 + 2.2 * Math.sqrt(killed));
    const colour = typeColour(i.event_type);
    const p = i.location.precision;
    // A town is a filled dot; a district a dashed ring with a light fill; a whole governorate a wide dotted ring.
    const style = p === 'place' ? { color: colour, weight: 1, fillColor: colour, fillOpacity: 0.65 }
      : p === 'admin1' || p === 'country' ? { color: colour, weight: 2, dashArray: '2 4', fillOpacity: 0.05, fillColor: colour }
      : { color: colour, weight: 2, dashArray: '6 4', fillColor: colour, fillOpacity: 0.25 };
    const marker = L.circleMarker([i.location.lat, i.location.lon], Object.assign({ radius: p === 'admin1' ? radius + 8 : radius }, style));
    const popup = el('div', {},
      el('strong', {}, i.place || i.location.name || i.admin1 || ''), el('br'),
      fmtDates(i.date_from, i.date_to), el('br'),
      (i.sub_event_type || i.event_type || 'type unknown'), el('br'),
      'killed: ' + (i.figures.killed ? fmtEstimate(i.figures.killed) : 'not stated'), el('br'),
      'located to: ' + (PRECISION_LABEL[p] || p), el('br'),
      el('a', { href: '#/incident/' + encodeURIComponent(i.id) }, 'open incident'));
    marker.bindPopup(popup);
    marker.addTo(map);
    points.push([i.location.lat, i.location.lon]);
  }
  if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.4), { maxZoom: 8 });
  else map.fitBounds(basemap.getBounds());
  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = () => el('div', { class: 'legend' },
    Object.entries(TYPE_COLOURS).slice(0, 4).map(([t, c]) => el('div', {}, el('span', { class: 'swatch', style: { background: c } }), t)),
    el('div', {}, el('span', { class: 'ring solid' }), 'town or village'),
    el('div', {}, el('span', { class: 'ring' }), 'district, or governorate only (wider)'),
    el('div', { class: 'muted' }, 'size: killed (best)'));
  legend.addTo(map);
}

// ---- one incident ----------------------------------------------------------------------------

/** The report text with the given spans highlighted; every piece is a text node. */
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = el('div', { class: 'report-text' });
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const covering = spans.filter(s => s.start <= a && s.end >= b && s.end > s.start);
    const piece = text.slice(a, b);
    if (covering.length) {
      const fields = [...new Set(covering.map(s => s.field))];
      out.append(el('mark', { title: fields.join(', '), class: fields.some(f => f !== 'statement') ? 'strong' : null, 'data-fields': fields.join(' ') }, piece));
    } else {
      out.append(document.createTextNode(piece));
    }
  }
  return out;
}

function claimFacts(c) {
  const rows = [];
  const add = (k, v) => { if (v !== null && v !== undefined && v !== '') rows.push(el('dt', {}, k), el('dd', {}, v)); };
  add('when', c.date || fmtDates(c.date_from, c.date_to));
  add('where', (c.places || []).map(p => typeof p === 'string' ? p : p.as_written + (p.name ? ' → ' + p.name : '') + (p.precision ? ' (' + (PRECISION_LABEL[p.precision] || p.precision) + ')' : '')).join('; ') || c.admin1);
  add('killed', c.killed === null ? null : (c.killed_qualifier && c.killed_qualifier !== 'exact' ? c.killed_qualifier + ' ' : '') + c.killed);
  for (const k of ['civilians', 'children', 'women', 'combatants']) add(k + ' killed', c[k + '_killed']);
  add('wounded', c.wounded);
  add('perpetrator', c.perpetrator && c.perpetrator !== 'unknown' ? c.perpetrator + (c.attribution ? ' (' + c.attribution + ')' : '') : null);
  add('weapons', (c.weapons || []).join(', '));
  add('sources', (c.sources || []).join(', '));
  add('type', c.sub_event_type || c.event_type);
  add('scope', c.scope);
  if (c.confidence !== undefined && (c.confidence < 1 || (c.review_reasons || []).length)) {
    rows.push(el('dt', {}, 'confidence'), el('dd', { class: c.needs_review ? 'confidence doubt' : 'confidence' },
      c.confidence.toFixed(2) + (c.needs_review ? ', needs review' : ''),
      (c.review_reasons || []).length ? el('ul', { class: 'reasons' }, c.review_reasons.map(r => el('li', {}, r))) : null));
  }
  return el('dl', { class: 'facts' }, rows);
}

async function incidentPage(id) {
  show(el('p', { class: 'muted' }, 'Loading…'));
  let i;
  try { i = await api('/api/incidents/' + encodeURIComponent(id)); } catch (e) { show(failure(e)); return; }
  const figureRows = Object.entries(i.figures).map(([m, e]) => el('tr', {}, el('td', {}, m),
    el('td', { class: 'num' }, fmtNumber(e.low)), el('td', { class: 'num' }, fmtNumber(e.best)),
    el('td', { class: 'num' }, e.high === null ? 'open' : fmtNumber(e.high))));
  const reports = new Map(i.reports.map(r => [r.id, r]));
  const claims = i.claims.map(c => {
    const r = reports.get(c.report_id) || {};
    return el('div', { class: 'claim' },
      el('div', {}, el('strong', {}, (r.publisher || 'report') + (r.published ? ', ' + r.published : '')), ' · claim ', c.id,
        ' · ', el('a', { href: '#/report/' + encodeURIComponent(c.report_id) }, 'report')),
      claimFacts(c),
      c.explanation ? el('div', { class: 'why' }, 'why it is here: ' + c.explanation) : null);
  });
  const texts = i.reports.map(r => el('section', { class: 'report', 'data-report': r.id },
    el('h2', {}, (r.title || r.publisher || 'Report') + (r.published ? ' — ' + r.published : '')),
    r.url ? el('p', { class: 'muted' }, el('a', { href: r.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, r.url)) : null,
    highlighted(r.text, i.claims.filter(c => c.report_id === r.id).flatMap(c => c.evidence_spans))));
  const auditBox = el('div', { id: 'audit-box' }, el('p', { class: 'muted' }, 'Loading…'));
  show(
    el('p', {}, el('a', { href: '#/' }, '← all incidents')),
    el('h1', { id: 'incident-title' }, (i.place || (i.location && i.location.name) || i.admin1 || 'Place unknown') + ', ' + fmtDates(i.date_from, i.date_to)),
    el('p', {}, el('span', { class: 'badge ' + i.status }, i.status), ' ', reviewBadge(i), ' ',
      i.scope === 'aggregate' ? el('span', { class: 'badge' }, 'a total over several events: kept out of sums') : null, ' ',
      [i.sub_event_type || i.event_type, i.actor].filter(Boolean).join(' · '),
      i.location ? el('span', { class: 'muted' }, ' · located to ' + (PRECISION_LABEL[i.location.precision] || i.location.precision)) : null),
    el('p', { id: 'incident-region' }, [i.admin2 ? 'district ' + districtLabel(i) : null, i.admin1].filter(Boolean).join(', ') || 'governorate unknown'),
    i.needs_review ? el('div', { class: 'review-panel', id: 'review-reasons', role: 'note' },
      el('strong', {}, 'Marked for review.'),
      ' None of its claims was read with confidence; every total says how much rests on incidents like this one. Why:',
      el('ul', {}, (i.review_reasons.length ? i.review_reasons : ['no reason given']).map(r => el('li', {}, r))),
      el('span', { class: 'muted' }, 'An analyst who has checked it against the reports sets it verified, which clears the mark.')) : null,
    el('div', { class: 'grid2' },
      el('div', {}, el('h2', {}, 'Figures'), figureRows.length
        ? el('table', { id: 'figures' }, el('thead', {}, el('tr', {}, el('th', {}, 'measure'), el('th', { class: 'num' }, 'low'), el('th', { class: 'num' }, 'best'), el('th', { class: 'num' }, 'high'))), el('tbody', {}, figureRows))
        : el('p', { class: 'muted' }, 'No figure stated.')),
      el('div', {}, el('h2', {}, 'Sources'), el('ul', { id: 'sources' }, i.sources.map(s => el('li', {}, s))))),
    el('h2', {}, 'Claims (' + i.claims.length + ')'), claims,
    el('h2', {}, 'The words behind the figures'), el('p', { class: 'muted' }, 'Highlighted: every span of text that supports a field of these claims.'),
    texts,
    canReview() ? reviewPanel(i) : null,
    el('h2', {}, 'Audit trail'), auditBox);
  loadAudit(auditBox, i.id);
}

function canReview() {
  return state.session && state.session.signed_in && (state.session.role === 'analyst' || state.session.role === 'admin');
}

async function loadAudit(box, id) {
  try {
    const a = await api('/api/incidents/' + encodeURIComponent(id) + '/audit');
    fill(box, a.audit.length ? el('table', { id: 'audit' },
      el('thead', {}, el('tr', {}, ['when', 'who', 'change', 'before', 'after', 'reason'].map(h => el('th', {}, h)))),
      el('tbody', {}, a.audit.map(e => el('tr', {},
        el('td', { class: 'muted' }, e.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')), el('td', {}, e.by),
        el('td', {}, e.action + (e.field && e.action !== 'status' ? ' ' + e.field : '')),
        el('td', {}, e.before), el('td', {}, e.after), el('td', {}, e.reason)))))
      : el('p', { class: 'muted' }, 'No analyst has changed this incident.'));
  } catch (e) { fill(box, failure(e)); }
}

/** The analyst's actions: correct a field, merge, split claims off, set the status — each with a reason. */
function reviewPanel(i) {
  const action = el('select', { id: 'a-action' },
    el('option', { value: 'correct' }, 'Correct a field'), el('option', { value: 'merge' }, 'Merge with another incident'),
    el('option', { value: 'split' }, 'Split claims off'), el('option', { value: 'status' }, 'Set the status'));
  const field = el('select', { id: 'a-field' }, ['killed', 'civilians', 'children', 'women', 'combatants', 'wounded',
    'date', 'place', 'admin1', 'actor', 'event_type', 'sub_event_type'].map(f => el('option', { value: f }, f)));
  const value = el('input', { id: 'a-value', placeholder: 'e.g. 26/26/30, 2016-11-16, Russia' });
  const other = el('input', { id: 'a-with', placeholder: 'the other incident\'s id' });
  const claims = el('div', { id: 'a-claims' }, i.claims.map(c => el('label', { class: 'check' },
    el('input', { type: 'checkbox', value: c.report_id + ':' + c.id }), ' claim ' + c.id + ' of report ' + c.report_id.slice(0, 12))));
  const status = el('select', { id: 'a-status' }, ['verified', 'contested', 'discounted', 'derived'].map(s => el('option', { value: s }, s)));
  const reason = el('input', { id: 'a-reason', required: true, placeholder: 'why (kept in the audit trail)', class: 'wide' });
  const out = el('div', { id: 'a-result' });
  const parts = {
    correct: el('div', { class: 'form-row' }, el('label', {}, 'Field', field), el('label', {}, 'Value (low/best/high for a figure)', value)),
    merge: el('div', { class: 'form-row' }, el('label', {}, 'Merge with', other)),
    split: el('div', {}, el('p', { class: 'muted' }, 'The claims to move into a new incident:'), claims),
    status: el('div', { class: 'form-row' }, el('label', {}, 'Status', status)),
  };
  const slot = el('div', {});
  const pick = () => fill(slot, parts[action.value]);
  action.addEventListener('change', pick);
  pick();
  const form = el('form', { class: 'panel', id: 'review', onsubmit: async (ev) => {
    ev.preventDefault();
    const body = { reason: reason.value };
    if (action.value === 'correct') Object.assign(body, { field: field.value, value: value.value });
    if (action.value === 'merge') body.with = other.value.trim();
    if (action.value === 'split') body.claims = [...claims.querySelectorAll('input:checked')].map(x => x.value);
    if (action.value === 'status') body.status = status.value;
    try {
      const r = await api('/api/incidents/' + encodeURIComponent(i.id) + '/' + action.value, { method: 'POST', body });
      if (r.incident && r.incident !== i.id) location.hash = '#/incident/' + encodeURIComponent(r.incident);
      else await incidentPage(i.id);
    } catch (e) { fill(out, failure(e)); }
  } },
    el('div', { class: 'form-row' }, el('label', {}, 'Action', action)), slot,
    el('div', { class: 'form-row' }, el('label', { class: 'grow' }, 'Reason', reason), el('button', { type: 'submit', id: 'a-apply' }, 'Apply')),
    out);
  return [el('h2', {}, 'Review'), el('p', { class: 'muted' }, 'Each change is recorded with your name and reason, and every later relink applies it.'), form];
}

// ---- timeline ----------------------------------------------------------------------------------

/** The metrics a timeline judges and draws: the day's value of each in /api/series, and its name. */
const METRICS = {
  incidents: { value: d => d.incidents, label: 'Incidents per day' },
  killed: { value: d => d.killed, label: 'People killed per day (best estimates)' },
  civilians: { value: d => d.civilians, label: 'Civilians killed per day (best estimates)' },
  strikes: { value: d => d.air_strikes + d.shelling, label: 'Air strikes and shelling per day' },
};

/**
 * Draws every change of level the detectors announced as a thin line at its onset (escalations in
 * rust, de-escalations in green), and the latest with its likely interval as a band and its label.
 */
const onsetMarkers = {
  id: 'onsetMarkers',
  afterDatasetsDraw(chart, args, opts) {
    const v = opts.verdict;
    if (!v || !v.history) return;
    const x = chart.scales.x, area = chart.chartArea, ctx = chart.ctx;
    const at = (day) => { const k = chart.data.labels.indexOf(day); return k < 0 ? null : x.getPixelForValue(k); };
    const colour = (c) => c.change === 'escalation' ? '#9a3b0b' : '#2e7d4f';
    ctx.save();
    v.history.forEach((c, k) => {
      const o = at(c.onset);
      if (o === null) return;
      const latest = k === v.history.length - 1;
      if (latest) {
        const a = at(c.interval_from), b = at(c.interval_to);
        if (a !== null && b !== null) {
          ctx.fillStyle = c.change === 'escalation' ? 'rgba(154, 59, 11, 0.10)' : 'rgba(46, 125, 79, 0.10)';
          ctx.fillRect(a, area.top, Math.max(2, b - a), area.bottom - area.top);
        }
      }
      ctx.strokeStyle = colour(c); ctx.lineWidth = latest ? 2 : 1; ctx.setLineDash(latest ? [6, 4] : [2, 3]);
      ctx.beginPath(); ctx.moveTo(o, area.top); ctx.lineTo(o, area.bottom); ctx.stroke();
      if (latest) {
        ctx.setLineDash([]); ctx.fillStyle = colour(c); ctx.font = '600 12px sans-serif';
        const text = (c.change === 'escalation' ? 'escalation ' : 'pause ') + c.onset;
        ctx.fillText(text, Math.max(area.left, Math.min(o + 6, area.right - ctx.measureText(text).width - 4)), area.top + 14);
      }
    });
    ctx.restore();
  },
};

/** The days from the day after {@code last} to the end of the forecast's last month. */
function futureDays(last, forecast) {
  if (!forecast || !forecast.forecasts.length) return [];
  const end = forecast.forecasts[forecast.forecasts.length - 1].month + '-' + String(daysIn(forecast.forecasts[forecast.forecasts.length - 1].month)).padStart(2, '0');
  const out = [];
  for (let d = new Date(last + 'T00:00:00Z'); ; ) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.toISOString().slice(0, 10);
    if (day > end) break;
    out.push(day);
  }
  return out;
}

function daysIn(month) {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A forecast's value per day over the chart's days: the month's figure spread evenly over its days; null outside. */
function perDay(labels, forecast, key) {
  const byMonth = new Map(forecast.forecasts.map(f => [f.month, f]));
  return labels.map(day => { const f = byMonth.get(day.slice(0, 7)); return f ? f[key] / daysIn(f.month) : null; });
}

function changeLine(c) {
  const rate = (r) => r >= 10 ? r.toFixed(0) : r.toFixed(2);
  return el('li', { class: c.change }, c.change + ' from ' + c.onset + ' (likely ' + c.interval_from + ' to ' + c.interval_to
    + '), announced ' + c.detected + ': ' + rate(c.rate_before) + ' to ' + rate(c.rate_after) + ' a day');
}

async function timelinePage(region, asOf, metric) {
  show(el('h1', {}, 'Timeline'), el('p', { class: 'muted' }, 'Loading…'));
  let regions;
  try { regions = (await api('/api/regions')).regions; } catch (e) { show(el('h1', {}, 'Timeline'), failure(e)); return; }
  if (!region) region = regions.includes('Idlib') ? 'Idlib' : regions[0];
  if (!METRICS[metric]) metric = 'incidents';
  const select = el('select', { id: 't-region' }, regions.map(r => el('option', { value: r, selected: r === region }, r)));
  const metricSelect = el('select', { id: 't-metric' }, Object.keys(METRICS).map(m => el('option', { value: m, selected: m === metric }, m)));
  const asOfInput = el('input', { id: 't-asof', type: 'date', value: asOf || '' });
  const go = () => {
    const q = [];
    if (metricSelect.value !== 'incidents') q.push('metric=' + metricSelect.value);
    if (asOfInput.value) q.push('as_of=' + asOfInput.value);
    location.hash = '#/timeline/' + encodeURIComponent(select.value) + (q.length ? '?' + q.join('&') : '');
  };
  select.addEventListener('change', go);
  metricSelect.addEventListener('change', go);
  const form = el('form', { class: 'filters', onsubmit: (ev) => { ev.preventDefault(); go(); } },
    el('label', {}, 'Region', select), el('label', {}, 'Count', metricSelect), el('label', {}, 'Judge as of', asOfInput),
    el('button', { type: 'submit' }, 'Show'));
  if (!region) { show(el('h1', {}, 'Timeline'), form, el('p', { class: 'muted' }, 'No incidents stored yet.')); return; }
  const m = METRICS[metric];
  const answer = el('div', { id: 'onset-answer', class: 'answer' }, 'Judging…');
  const canvasBox = el('div', { class: 'chart' }, el('canvas', { id: 'series-chart', 'aria-label': m.label + ' in ' + region, role: 'img' }));
  const forecastBox = el('div', { id: 'forecast' });
  const talliesBox = el('div', { id: 'tallies' });
  show(el('h1', {}, 'Timeline: ' + region + (asOf ? ' as of ' + asOf : '')), form,
    el('h2', {}, 'Has an offensive started in ' + region + '?'), answer,
    el('h2', {}, m.label),
    el('p', { class: 'muted' }, 'The count the detectors judge, of single incidents (totals and tallies are not drawn: they would count their parts again); discounted incidents left out'
      + (asOf ? '; nothing after ' + asOf + ' is drawn' : '') + '. The dashed line is the latest change the detectors found, the band its likely interval, the dotted lines the earlier changes; the shaded band after the last day is the forecast of the next months (50% and 90% intervals, spread evenly over each month\'s days).'),
    canvasBox, forecastBox, el('h2', {}, 'Monitors\' tallies'), talliesBox);
  let series, verdict, forecast;
  try {
    [series, verdict, forecast] = await Promise.all([api('/api/series' + query({ region, as_of: asOf })),
      api('/api/onset' + query({ region, as_of: asOf, metric })),
      api('/api/forecast' + query({ region, as_of: asOf, metric })).catch(() => null)]);
  } catch (e) { fill(answer, failure(e)); return; }
  const history = verdict.history || [];
  fill(answer, el('p', { class: 'verdict ' + verdict.verdict }, verdict.answer),
    verdict.driven_by && verdict.driven_by.length ? el('p', { class: 'muted' }, 'Driven by: ',
      verdict.driven_by.map((d, k) => [k ? ', ' : '', el('a', { href: '#/incident/' + encodeURIComponent(d.incident) }, (d.place || 'place unknown') + ' ' + d.date + ' (' + d.count + ')')])) : null,
    el('details', {}, el('summary', {}, 'What each detector found'),
      el('ul', {}, verdict.evidence.map(f => el('li', {}, (f.fired ? 'fired — ' : 'quiet — ') + f.detector + ': ' + f.summary)))),
    history.length ? el('details', { id: 'onset-history' }, el('summary', {}, 'Escalations and pauses (' + history.length + ')'),
      el('ul', {}, history.slice().reverse().map(changeLine))) : null);
  const days = series.days;
  const labels = days.map(d => d.day);
  const hasBand = forecast && forecast.forecasts && forecast.forecasts.length > 0;
  if (hasBand && days.length) labels.push(...futureDays(labels[labels.length - 1], forecast));
  if (window.Chart && days.length) {
    const datasets = [
      { label: metric, data: days.map(m.value), backgroundColor: '#2f4f6f', barPercentage: 1.0, categoryPercentage: 1.0, order: 3 },
    ];
    if (metric === 'killed') {
      datasets.push({ label: 'of them civilians', data: days.map(d => d.civilians), type: 'line', borderColor: '#d6604d', borderWidth: 1.5, pointRadius: 0, stepped: 'middle', order: 2 });
    }
    if (hasBand) {
      const line = (label, key, extra) => Object.assign({ label, data: perDay(labels, forecast, key), type: 'line', pointRadius: 0, borderWidth: 0, stepped: 'middle', spanGaps: false, order: 1 }, extra);
      // Each interval is filled from its low line (left out of the legend) up to its high line.
      datasets.push(line('forecast 90% low', 'low90', {}), line('forecast 90%', 'high90', { fill: '-1', backgroundColor: 'rgba(120, 90, 160, 0.15)' }),
        line('forecast 50% low', 'low50', {}), line('forecast 50%', 'high50', { fill: '-1', backgroundColor: 'rgba(120, 90, 160, 0.30)' }),
        line('forecast mean', 'mean', { borderColor: '#5a3d8a', borderWidth: 1.5 }));
    }
    new window.Chart(document.getElementById('series-chart'), {
      type: 'bar',
      data: { labels, datasets },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { ticks: { maxTicksLimit: 12, autoSkip: true } }, y: { beginAtZero: true, title: { display: true, text: metric + ' per day' } } },
        plugins: { onsetMarkers: { verdict }, legend: { position: 'bottom', labels: { filter: (item) => !item.text.endsWith(' low') } } } },
      plugins: [onsetMarkers],
    });
  } else if (!days.length) {
    fill(canvasBox, el('p', { class: 'muted' }, 'No dated single incidents in ' + region + (asOf ? ' up to ' + asOf : '') + '.'));
  }
  if (hasBand) {
    fill(forecastBox, el('table', { id: 'forecast-table' },
      el('caption', {}, 'Forecast of ' + metric + ' from the whole months up to ' + forecast.origin),
      el('thead', {}, el('tr', {}, ['month', 'mean', 'median', '50% interval', '90% interval'].map(h => el('th', {}, h)))),
      el('tbody', {}, forecast.forecasts.map(f => el('tr', {}, el('td', {}, f.month), el('td', { class: 'num' }, f.mean.toFixed(1)),
        el('td', { class: 'num' }, String(f.median)), el('td', { class: 'num' }, f.low50 + '–' + f.high50),
        el('td', { class: 'num' }, f.low90 + '–' + f.high90))))));
  } else if (forecast && forecast.reason) {
    fill(forecastBox, el('p', { class: 'muted', id: 'forecast-reason' }, 'No forecast: ' + forecast.reason + '.'));
  }
  try {
    const t = await api('/api/tallies' + query({ region, as_of: asOf }));
    fill(talliesBox, t.tallies.length ? el('table', { id: 'tally-table' },
      el('thead', {}, el('tr', {}, ['by', 'period', 'figure', 'stated', 'documented incidents account for', 'share'].map(h => el('th', {}, h)))),
      el('tbody', {}, t.tallies.flatMap(x => Object.entries(x.figures).map(([m, f]) => el('tr', {},
        el('td', {}, (x.sources.length ? x.sources : [x.publisher || '']).join('; ')), el('td', {}, fmtDates(x.from, x.to)), el('td', {}, m),
        el('td', { class: 'num' }, (f.qualifier !== 'exact' ? f.qualifier + ' ' : '') + fmtNumber(f.stated)),
        el('td', { class: 'num' }, f.accounted ? fmtNumber(f.accounted.best) + ' (from ' + f.accounted.incidents + ' incidents)' : '0'),
        el('td', { class: 'num' }, f.share === null ? '' : Math.round(f.share * 100) + '%'))))))
      : el('p', { class: 'muted' }, 'No tally stated for ' + region + (asOf ? ' whose period was over by ' + asOf : '') + '.'));
  } catch (e) { fill(talliesBox, failure(e)); }
}

// ---- reports -----------------------------------------------------------------------------------

async function reportsPage() {
  show(el('h1', {}, 'Reports'), el('p', { class: 'muted' }, 'Loading…'));
  try {
    const page = await api('/api/reports?limit=100');
    const rows = page.reports.map(r => el('tr', { class: 'link', onclick: () => { location.hash = '#/report/' + r.id; } },
      el('td', {}, el('a', { href: '#/report/' + r.id }, r.title || r.publisher || r.id.slice(0, 12))),
      el('td', {}, r.publisher || ''), el('td', {}, r.published || ''), el('td', { class: 'num' }, String(r.claims)),
      el('td', { class: 'muted' }, r.ingested_at)));
    show(el('h1', {}, 'Reports'), el('table', { id: 'reports' }, el('thead', {}, el('tr', {}, el('th', {}, 'Report'),
      el('th', {}, 'Publisher'), el('th', {}, 'Published'), el('th', { class: 'num' }, 'Claims'), el('th', {}, 'Stored'))),
      el('tbody', {}, rows)));
  } catch (e) { show(el('h1', {}, 'Reports'), failure(e)); }
}

function claimList(claims, text, linkIncidents) {
  return claims.map(c => el('div', { class: 'claim', 'data-claim': c.id },
    el('div', {}, el('strong', {}, 'claim ' + c.id), ' ',
      c.possible_duplicate ? el('span', { class: 'badge dup' }, 'possible duplicate: joins an existing incident') : null,
      c.incident_id ? el('span', {}, ' · incident ', el('a', { href: '#/incident/' + encodeURIComponent(c.incident_id) }, c.incident_id)) : null),
    claimFacts(c),
    c.would_join && c.would_join.length ? el('div', { class: 'why' }, 'would join ',
      c.would_join.map((id, k) => [k ? ', ' : '', el('a', { href: '#/incident/' + encodeURIComponent(id), class: 'join' }, id)]),
      c.link_explanation ? ' (' + c.link_explanation + ')' : '') : (linkIncidents ? el('div', { class: 'why' }, 'would be a new incident') : null)));
}

async function reportPage(id) {
  show(el('p', { class: 'muted' }, 'Loading…'));
  let r;
  try { r = await api('/api/reports/' + encodeURIComponent(id)); } catch (e) { show(failure(e)); return; }
  show(el('p', {}, el('a', { href: '#/reports' }, '← all reports')),
    el('h1', { id: 'report-title' }, r.title || r.publisher || 'Report'),
    el('p', { class: 'muted' }, [r.publisher, r.published, r.url].filter(Boolean).join(' · ')),
    highlighted(r.text, r.claims.flatMap(c => c.evidence_spans)),
    el('h2', {}, 'Claims (' + r.claims.length + ')'), claimList(r.claims, r.text, false));
}

function addPage() {
  const text = el('textarea', { id: 'r-text', placeholder: 'Paste the text of a report…', spellcheck: 'false' });
  const publisher = el('input', { id: 'r-publisher', placeholder: 'e.g. AFP' });
  const published = el('input', { id: 'r-published', type: 'date' });
  const title = el('input', { id: 'r-title' });
  const url = el('input', { id: 'r-url', type: 'url', placeholder: 'https://…' });
  const result = el('div', { id: 'preview' });
  const body = () => ({ text: text.value, publisher: publisher.value || null, published: published.value || null,
    title: title.value || null, url: url.value || null });
  const saveButton = el('button', { type: 'button', id: 'r-save', disabled: true, onclick: async () => {
    saveButton.disabled = true;
    try {
      const saved = await api('/api/reports', { method: 'POST', body: body() });
      location.hash = '#/report/' + saved.report_id;
    } catch (e) { result.prepend(failure(e)); saveButton.disabled = false; }
  } }, 'Save');
  const previewButton = el('button', { type: 'submit', id: 'r-preview' }, 'Extract claims');
  const form = el('form', { class: 'panel', onsubmit: async (ev) => {
    ev.preventDefault();
    fill(result, el('p', { class: 'muted' }, 'Extracting…'));
    try {
      const p = await api('/api/reports/preview', { method: 'POST', body: body() });
      const dupes = p.claims.filter(c => c.possible_duplicate).length;
      fill(result, 
        el('h2', {}, p.claims.length + ' claim' + (p.claims.length === 1 ? '' : 's') + ' found'),
        p.already_stored ? el('p', { class: 'error' }, 'This report is already stored (same text): saving changes nothing.') : null,
        p.note ? el('p', { class: 'error', id: 'r-note' }, 'Not read: ' + p.note + '. Saving keeps the report without claims.') : null,
        dupes ? el('p', { class: 'badge dup' }, dupes + ' would join existing incidents: saving adds a source to them, it does not count them twice.') : null,
        highlighted(p.text, p.claims.flatMap(c => c.evidence_spans)),
        claimList(p.claims, p.text, true));
      saveButton.disabled = false;
    } catch (e) { fill(result, failure(e)); saveButton.disabled = true; }
  } },
    el('label', { for: 'r-text', class: 'muted' }, 'Report text'), text,
    el('div', { class: 'form-row' }, el('label', {}, 'Publisher', publisher), el('label', {}, 'Published', published),
      el('label', {}, 'Title', title), el('label', {}, 'URL', url)),
    el('div', { class: 'form-row' }, previewButton, saveButton));
  text.addEventListener('input', () => { saveButton.disabled = true; });
  show(el('h1', {}, 'Add a report'),
    el('p', { class: 'muted' }, 'Paste a report, check what is extracted and which incidents its claims would join, then save.'),
    form, result);
}

// ---- routing ---------------------------------------------------------------------------------

async function route() {
  const hash = location.hash || '#/';
  for (const a of document.querySelectorAll('.top nav a')) a.classList.remove('active');
  if (state.session && state.session.login_required && !state.session.signed_in) { loginPage(); return; }
  const path = hash.slice(1).split('?')[0];
  let m;
  if ((m = path.match(/^\/incident\/(.+)$/))) { document.getElementById('nav-incidents').classList.add('active'); await incidentPage(decodeURIComponent(m[1])); }
  else if ((m = path.match(/^\/report\/(.+)$/))) { document.getElementById('nav-reports').classList.add('active'); await reportPage(decodeURIComponent(m[1])); }
  else if ((m = path.match(/^\/timeline(?:\/(.+))?$/))) {
    document.getElementById('nav-timeline').classList.add('active');
    const params = new URLSearchParams(hash.split('?')[1] || '');
    await timelinePage(m[1] ? decodeURIComponent(m[1]) : null, params.get('as_of'), params.get('metric'));
  }
  else if (path === '/reports') { document.getElementById('nav-reports').classList.add('active'); await reportsPage(); }
  else if (path === '/add') { document.getElementById('nav-add').classList.add('active'); addPage(); }
  else { document.getElementById('nav-incidents').classList.add('active'); await incidentsPage(); }
  document.body.setAttribute('data-ready', hash);
}

window.addEventListener('hashchange', () => { route(); });
window.addEventListener('DOMContentLoaded', async () => {
  try {
    state.config = await api('/api/config');
    await loadSession();
  } catch (e) { show(failure(e)); return; }
  route();
});
