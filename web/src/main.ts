import './style.css';
import {
  ApiError,
  apiKey,
  capabilities,
  fetchClaimArticle,
  fetchIssues,
  fetchPositions,
  graphql,
  setApiKey,
  STANCES,
  type ActorRef,
  type Capabilities,
  type Claim,
  type Position,
  type Stance,
} from './api.ts';
import { alignmentNetwork, search, stanceMatrix, timeline, type IssueData, type SearchResult } from './derive.ts';
import { h, replace, svg } from './dom.ts';
import { actorName, formatDate, isArabic, issueName, qualifierLabel, stanceHeading, stanceLabel, t, typeLabel, type Lang } from './i18n.ts';
import { renderNetwork, STANCE_COLOURS, type NetworkView } from './network.ts';

interface State {
  lang: Lang;
  caps: Capabilities;
  data: IssueData[];
  issueId: string;
  query: string;
  result: SearchResult | null;
  selected: { actorId: string; claimId: string } | null;
}

const params = new URLSearchParams(location.search);
const state: State = {
  lang: params.get('lang') === 'en' ? 'en' : params.get('lang') === 'ar' ? 'ar' : ((localStorage.getItem('stancegraph.lang') as Lang | null) ?? 'ar'),
  caps: { query: new Set(), mutation: new Set(), args: new Map(), introspection: false },
  data: [],
  issueId: params.get('issue') ?? 'withdrawal',
  query: params.get('q') ?? '',
  result: null,
  selected: null,
};

const app = document.getElementById('app')!;
let network: NetworkView | null = null;

function current(): IssueData | undefined {
  return state.data.find((d) => d.issue.id === state.issueId) ?? state.data[0];
}

function actorById(id: string): ActorRef | undefined {
  for (const d of state.data) for (const p of d.positions) if (p.actor.id === id) return p.actor;
  return undefined;
}

/** A name in an element with the right direction: Arabic names read right to left in either UI language. */
function nameEl(text: string, className = 'name'): HTMLElement {
  return h('bdi', { class: className, dir: isArabic(text) ? 'rtl' : 'ltr', lang: isArabic(text) ? 'ar' : 'en' }, text);
}

function stanceBadge(stance: Stance): HTMLElement {
  return h('span', { class: `badge stance-${stance.toLowerCase()}`, 'data-stance': stance }, stanceLabel(state.lang, stance));
}

function syncUrl(): void {
  const next = new URLSearchParams();
  next.set('lang', state.lang);
  if (state.issueId !== 'withdrawal') next.set('issue', state.issueId);
  if (state.query !== '') next.set('q', state.query);
  history.replaceState(null, '', `?${next.toString()}`);
}

// ---------- layout ----------

const els = {
  header: h('header', { class: 'top' }),
  summary: h('section', { class: 'summary', id: 'summary' }),
  positions: h('section', { class: 'card positions', id: 'positions' }),
  article: h('aside', { class: 'card article-panel', id: 'article', 'aria-live': 'polite' }),
  matrix: h('section', { class: 'card', id: 'matrix' }),
  network: h('section', { class: 'card', id: 'network-card' }),
  timeline: h('section', { class: 'card', id: 'timeline' }),
  ingest: h('section', { class: 'card', id: 'ingest' }),
  status: h('div', { class: 'status', id: 'status', role: 'status' }),
};
const networkBox = h('div', { class: 'network', id: 'network' });
const networkHead = h('div', { class: 'network-head' });
els.network.append(networkHead, networkBox);

function layout(): void {
  replace(
    app,
    els.header,
    els.status,
    els.summary,
    h('div', { class: 'grid two' }, els.network, els.matrix),
    h('div', { class: 'grid' }, els.positions, els.article),
    els.timeline,
    els.ingest,
  );
}

function applyLang(): void {
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  document.title = `stancegraph — ${current() ? issueName(state.lang, current()!.issue) : ''}`;
  localStorage.setItem('stancegraph.lang', state.lang);
}

// ---------- header: issue, language, search ----------

let searchTimer: number | undefined;

function renderHeader(): void {
  const issueSelect = h(
    'select',
    {
      id: 'issue-select',
      'aria-label': t(state.lang, 'issue'),
      onchange: (e) => {
        state.issueId = (e.target as HTMLSelectElement).value;
        state.selected = null;
        syncUrl();
        renderAll();
      },
    },
    state.data.map((d) => h('option', { value: d.issue.id, selected: d.issue.id === state.issueId, dir: 'auto' }, issueName(state.lang, d.issue))),
  );
  const searchInput = h('input', {
    id: 'search',
    type: 'search',
    dir: 'auto',
    value: state.query,
    placeholder: t(state.lang, 'search'),
    'aria-label': t(state.lang, 'search'),
    autocomplete: 'off',
    oninput: (e) => {
      state.query = (e.target as HTMLInputElement).value;
      window.clearTimeout(searchTimer);
      searchTimer = window.setTimeout(() => void runSearch(), 150);
    },
  });
  const langSwitch = h(
    'div',
    { class: 'lang-switch', role: 'group', 'aria-label': 'Language / اللغة' },
    h('button', { type: 'button', id: 'lang-ar', 'aria-pressed': String(state.lang === 'ar'), lang: 'ar', dir: 'rtl', onclick: () => setLang('ar') }, 'العربية'),
    h('button', { type: 'button', id: 'lang-en', 'aria-pressed': String(state.lang === 'en'), lang: 'en', dir: 'ltr', onclick: () => setLang('en') }, 'English'),
  );
  replace(
    els.header,
    h('div', { class: 'brand' }, h('h1', { dir: 'ltr' }, 'stancegraph'), h('p', {}, t(state.lang, 'subtitle'))),
    h('div', { class: 'issue' }, h('label', { for: 'issue-select' }, t(state.lang, 'issue')), issueSelect),
    h('div', { class: 'tools' }, h('div', { class: 'search-box' }, searchInput, state.result ? h('small', { class: 'search-source', id: 'search-source' }, state.result.source === 'server' ? t(state.lang, 'searchServer') : t(state.lang, 'searchBrowser')) : null), langSwitch),
  );
}

function setLang(lang: Lang): void {
  if (state.lang === lang) return;
  state.lang = lang;
  syncUrl();
  applyLang();
  renderAll();
}

async function runSearch(): Promise<void> {
  const d = current();
  if (d === undefined) return;
  const query = state.query;
  const result = query.trim() === '' ? null : await search(state.caps, d.positions, query);
  if (query !== state.query) return; // a newer keystroke won
  state.result = result;
  syncUrl();
  renderSummary();
  renderPositions();
  focusSearch();
  const source = document.getElementById('search-source');
  if (result === null) source?.remove();
  else if (source) source.textContent = result.source === 'server' ? t(state.lang, 'searchServer') : t(state.lang, 'searchBrowser');
  else document.querySelector('.search-box')?.appendChild(h('small', { class: 'search-source', id: 'search-source' }, result.source === 'server' ? t(state.lang, 'searchServer') : t(state.lang, 'searchBrowser')));
}

/** The network and the matrix fade what the search left out. */
function focusSearch(): void {
  const ids = state.result?.actorIds ?? null;
  network?.focus(ids);
  els.matrix.querySelectorAll<HTMLTableRowElement>('tbody tr[data-actor-id]').forEach((tr) => tr.classList.toggle('faded', ids !== null && !ids.has(tr.dataset.actorId ?? '')));
}

// ---------- summary ----------

function renderSummary(): void {
  const d = current();
  if (d === undefined) return replace(els.summary);
  replace(
    els.summary,
    STANCES.map((stance) => {
      const positions = visiblePositions(d.positions.filter((p) => p.stance === stance));
      return h(
        'a',
        { class: `tile stance-${stance.toLowerCase()}`, href: `#stance-${stance}`, 'data-stance': stance },
        h('span', { class: 'count' }, String(positions.length)),
        h('span', { class: 'label' }, stanceHeading(state.lang, stance)),
      );
    }),
  );
}

// ---------- positions table ----------

function visiblePositions(positions: Position[]): Position[] {
  if (state.result === null) return positions;
  return positions.filter((p) => state.result!.actorIds.has(p.actor.id));
}

function visibleClaims(position: Position): Claim[] {
  const result = state.result;
  if (result === null || result.claimIds.size === 0) return position.claims;
  const hits = position.claims.filter((c) => result.claimIds.has(c.id));
  return hits.length > 0 ? hits : position.claims;
}

function claimButton(position: Position, claim: Claim): HTMLElement {
  const date = formatDate(state.lang, claim.article.publishedAt);
  const selected = state.selected?.claimId === claim.id;
  return h(
    'li',
    { class: `claim${selected ? ' selected' : ''}`, 'data-claim-id': claim.id },
    h(
      'button',
      {
        type: 'button',
        class: 'quote',
        dir: 'auto',
        lang: isArabic(claim.quote) ? 'ar' : 'en',
        'data-claim-id': claim.id,
        'data-actor-id': position.actor.id,
        title: t(state.lang, 'articleHint'),
        onclick: () => void openClaim(position.actor.id, claim.id),
      },
      claim.quote,
    ),
    h(
      'div',
      { class: 'meta' },
      claim.stance !== position.stance ? stanceBadge(claim.stance) : null,
      h('span', { class: 'outlet', dir: 'auto' }, claim.article.outlet ?? t(state.lang, 'unknownOutlet')),
      date ? h('time', { datetime: claim.article.publishedAt ?? '' }, date) : null,
      claim.article.title ? h('span', { class: 'title', dir: 'auto' }, claim.article.title) : null,
      claim.qualifiers.map((q) => h('span', { class: 'qualifier' }, qualifierLabel(state.lang, q))),
      h('span', { class: 'confidence', title: t(state.lang, 'confidence') }, `${Math.round(claim.confidence * 100)}%`),
    ),
  );
}

function renderPositions(): void {
  const d = current();
  if (d === undefined) return replace(els.positions, h('p', {}, t(state.lang, 'loading')));
  const sections = STANCES.map((stance) => {
    const rows = visiblePositions(d.positions.filter((p) => p.stance === stance));
    return h(
      'div',
      { class: 'stance-group', id: `stance-${stance}` },
      h('h3', {}, h('span', { class: `dot stance-${stance.toLowerCase()}` }), stanceHeading(state.lang, stance), h('span', { class: 'n' }, ` (${rows.length})`)),
      rows.length === 0
        ? h('p', { class: 'empty' }, state.result ? t(state.lang, 'noMatch') : t(state.lang, 'none'))
        : h(
            'table',
            { class: 'positions-table', id: `positions-${stance}`, 'data-stance': stance },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(state.lang, 'actor')), h('th', { scope: 'col' }, t(state.lang, 'quotes')))),
            h(
              'tbody',
              {},
              rows.map((position) =>
                h(
                  'tr',
                  { 'data-actor-id': position.actor.id, id: `actor-${position.actor.id}` },
                  h(
                    'th',
                    { scope: 'row', class: 'actor' },
                    nameEl(actorName(state.lang, position.actor)),
                    h('div', { class: 'actor-meta' }, h('span', { class: 'type' }, typeLabel(state.lang, position.actor.type)), ' · ', `${position.claims.length} ${t(state.lang, 'claims')}`),
                  ),
                  h('td', {}, h('ul', { class: 'claims' }, visibleClaims(position).map((claim) => claimButton(position, claim)))),
                ),
              ),
            ),
          ),
    );
  });
  replace(els.positions, h('h2', {}, t(state.lang, 'positions')), sections);
}

// ---------- article with the highlighted quote ----------

function renderArticleHint(): void {
  replace(els.article, h('h2', {}, t(state.lang, 'article')), h('p', { class: 'hint' }, t(state.lang, 'articleHint')));
}

async function openClaim(actorId: string, claimId: string): Promise<void> {
  state.selected = { actorId, claimId };
  document.querySelectorAll('li.claim.selected').forEach((li) => li.classList.remove('selected'));
  document.querySelectorAll(`li.claim[data-claim-id="${CSS.escape(claimId)}"]`).forEach((li) => li.classList.add('selected'));
  replace(els.article, h('h2', {}, t(state.lang, 'article')), h('p', { class: 'hint' }, t(state.lang, 'loading')));
  try {
    const { claim, article } = await fetchClaimArticle(actorId, claimId);
    if (state.selected?.claimId !== claimId) return;
    const text = article.text;
    const ok = text.slice(claim.start, claim.end) === claim.quote;
    const rtl = article.language === 'ar';
    const actor = actorById(actorId);
    const mark = h('mark', { id: 'quote-mark', class: `stance-${claim.stance.toLowerCase()}`, 'data-start': claim.start, 'data-end': claim.end }, text.slice(claim.start, claim.end));
    const date = formatDate(state.lang, article.publishedAt);
    replace(
      els.article,
      h(
        'div',
        { class: 'article-head' },
        h('h2', {}, t(state.lang, 'article')),
        h('button', { type: 'button', class: 'close', 'aria-label': t(state.lang, 'close'), onclick: () => ((state.selected = null), renderArticleHint(), renderPositions()) }, '×'),
      ),
      h(
        'div',
        { class: 'article-meta' },
        actor ? nameEl(actorName(state.lang, actor)) : null,
        stanceBadge(claim.stance),
        h('span', { dir: 'auto' }, article.outlet ?? t(state.lang, 'unknownOutlet')),
        date ? h('time', { datetime: article.publishedAt ?? '' }, date) : null,
        h('code', { dir: 'ltr' }, `[${claim.start}, ${claim.end})`),
      ),
      article.title ? h('h3', { dir: 'auto', class: 'article-title' }, article.title) : null,
      ok ? null : h('p', { class: 'warning' }, t(state.lang, 'offsetsMismatch')),
      h('div', { class: 'article-text', id: 'article-text', dir: rtl ? 'rtl' : 'ltr', lang: article.language }, text.slice(0, claim.start), mark, text.slice(claim.end)),
    );
    mark.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  } catch (error) {
    replace(els.article, h('h2', {}, t(state.lang, 'article')), h('p', { class: 'warning' }, (error as Error).message));
  }
}

// ---------- stance matrix ----------

const STANCE_SYMBOL: Record<Stance, string> = { SUPPORTS: '▲', OPPOSES: '▼', MIXED: '◆', NEUTRAL: '●' };

function renderMatrix(): void {
  const { issues, rows } = stanceMatrix(state.data);
  const sorted = [...rows].sort((a, b) => {
    const order = (r: typeof a) => STANCES.indexOf(r.cells.get(state.issueId)?.stance ?? 'NEUTRAL');
    return order(a) - order(b) || actorName(state.lang, actorById(a.actorId)!).localeCompare(actorName(state.lang, actorById(b.actorId)!));
  });
  replace(
    els.matrix,
    h('h2', {}, t(state.lang, 'matrix')),
    h('p', { class: 'hint' }, t(state.lang, 'matrixHint')),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { class: 'matrix', id: 'matrix-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(state.lang, 'actor')), issues.map((issue) => h('th', { scope: 'col', dir: 'auto' }, issueName(state.lang, issue))))),
        h(
          'tbody',
          {},
          sorted.map((row) =>
            h(
              'tr',
              { 'data-actor-id': row.actorId },
              h('th', { scope: 'row' }, h('a', { href: `#actor-${row.actorId}` }, nameEl(actorName(state.lang, actorById(row.actorId)!)))),
              issues.map((issue) => {
                const cell = row.cells.get(issue.id);
                if (cell === undefined) return h('td', { class: 'blank' }, '');
                return h(
                  'td',
                  { class: `cell stance-${cell.stance.toLowerCase()}`, 'data-stance': cell.stance, title: stanceLabel(state.lang, cell.stance) },
                  h('span', { class: 'cell-label' }, stanceLabel(state.lang, cell.stance)),
                  h('span', { class: 'cell-counts', dir: 'ltr' }, STANCES.filter((s) => cell.counts[s] > 0).map((s) => `${STANCE_SYMBOL[s]}${cell.counts[s]}`).join(' ')),
                );
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

// ---------- alignment network ----------

function networkLabel(kind: 'actor' | 'issue', refId: string): string {
  if (kind === 'issue') {
    const issue = state.data.find((d) => d.issue.id === refId)?.issue;
    return issue ? issueName(state.lang, issue) : refId;
  }
  const actor = actorById(refId);
  return actor ? actorName(state.lang, actor) : refId;
}

function renderNetworkCard(): void {
  const legend = h(
    'div',
    { class: 'legend' },
    STANCES.map((s) => h('span', { class: 'legend-item' }, h('span', { class: 'swatch', style: `background:${STANCE_COLOURS[s]}` }), stanceLabel(state.lang, s))),
  );
  // Only the heading is redrawn: the graph keeps its container, layout and zoom.
  replace(networkHead, h('h2', {}, t(state.lang, 'network')), h('p', { class: 'hint' }, t(state.lang, 'networkHint')), legend);
}

function drawNetwork(): void {
  network?.destroy();
  network = null;
  if (state.data.length === 0) return;
  network = renderNetwork(networkBox, alignmentNetwork(state.data), networkLabel, (actorId) => {
    document.getElementById(`actor-${actorId}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}

// ---------- timeline ----------

function renderTimeline(): void {
  const d = current();
  if (d === undefined) return replace(els.timeline);
  const events = timeline(d.positions);
  const actors = [...new Map(events.map((e) => [e.actorId, e])).keys()];
  // One column per date; claims from undated articles get a column per article, after the dated ones.
  const columnOf = (e: (typeof events)[number]) => e.date ?? `~${e.claim.article.id}`;
  const columns = [...new Set(events.map(columnOf))].sort((a, b) => a.localeCompare(b));
  const articleOf = new Map(events.map((e) => [columnOf(e), e.claim.article]));
  const undated = events.filter((e) => e.date === null).length;
  const rtl = state.lang === 'ar';
  const labelWidth = 220;
  const colWidth = Math.max(90, Math.min(160, 900 / Math.max(1, columns.length)));
  const rowHeight = 28;
  const width = labelWidth + columns.length * colWidth + 20;
  const height = 50 + actors.length * rowHeight;
  // In Arabic the labels sit on the right and time runs right to left.
  const colX = (i: number) => (rtl ? width - labelWidth - (i + 0.5) * colWidth : labelWidth + (i + 0.5) * colWidth);
  const labelX = rtl ? width - 8 : 8;
  const chart = svg(
    'svg',
    // direction ltr: x and text-anchor keep their geometric meaning; the labels' Arabic still reads right to left.
    { class: 'timeline-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t(state.lang, 'timeline'), direction: 'ltr' },
    columns.map((c, i) => {
      const article = articleOf.get(c);
      const head = c.startsWith('~') ? t(state.lang, 'undated') : (formatDate(state.lang, c) ?? c);
      const sub = c.startsWith('~') ? (article?.outlet ?? article?.file?.split('/').pop()?.slice(0, 14) ?? '') : '';
      return svg(
        'g',
        {},
        svg('line', { x1: colX(i), x2: colX(i), y1: 34, y2: height - 4, class: 'gridline' }),
        svg('text', { x: colX(i), y: 12, 'text-anchor': 'middle', class: 'axis' }, head),
        sub ? svg('text', { x: colX(i), y: 26, 'text-anchor': 'middle', class: 'axis sub' }, sub) : null,
      );
    }),
    actors.map((actorId, row) => {
      const y = 50 + row * rowHeight;
      const actor = actorById(actorId)!;
      const mine = events.filter((e) => e.actorId === actorId);
      return svg(
        'g',
        { 'data-actor-id': actorId },
        svg('line', { x1: rtl ? 0 : labelWidth, x2: rtl ? width - labelWidth : width, y1: y, y2: y, class: 'lane' }),
        svg('text', { x: labelX, y: y + 4, 'text-anchor': rtl ? 'end' : 'start', class: 'lane-label' }, actorName(state.lang, actor)),
        mine.map((e) => {
          const column = columns.indexOf(columnOf(e));
          const siblings = mine.filter((m) => columnOf(m) === columnOf(e));
          const offset = (siblings.indexOf(e) - (siblings.length - 1) / 2) * 14;
          return svg(
            'circle',
            {
              cx: colX(column) + offset,
              cy: y,
              r: 6,
              fill: STANCE_COLOURS[e.claim.stance],
              class: 'event',
              'data-claim-id': e.claim.id,
              tabindex: 0,
              onclick: () => void openClaim(actorId, e.claim.id),
            },
            svg('title', {}, `${stanceLabel(state.lang, e.claim.stance)} — ${e.claim.quote.slice(0, 140)}`),
          );
        }),
      );
    }),
  );
  replace(
    els.timeline,
    h('h2', {}, t(state.lang, 'timeline')),
    undated > 0 ? h('p', { class: 'hint' }, `${undated} / ${events.length} ${t(state.lang, 'undatedNote')}`) : null,
    h('div', { class: 'scroll' }, chart),
  );
}

// ---------- ingest form ----------

interface FormField {
  name: string;
  label: string;
  type: string;
}

function renderIngest(): void {
  const available = state.caps.mutation.has('ingestArticle');
  const fields: FormField[] = [
    { name: 'outlet', label: t(state.lang, 'ingestOutlet'), type: 'text' },
    { name: 'publishedAt', label: t(state.lang, 'ingestDate'), type: 'date' },
    { name: 'url', label: t(state.lang, 'ingestUrl'), type: 'url' },
  ];
  const message = h('p', { class: 'ingest-message', id: 'ingest-message', role: 'status' });
  const form = h(
    'form',
    {
      id: 'ingest-form',
      onsubmit: (event) => {
        event.preventDefault();
        void submitIngest(event.target as HTMLFormElement, message);
      },
    },
    h(
      'fieldset',
      { disabled: !available },
      available ? null : h('p', { class: 'note', id: 'ingest-note' }, t(state.lang, 'ingestDisabled')),
      h('label', {}, t(state.lang, 'ingestText'), h('textarea', { name: 'text', rows: 8, dir: 'auto', required: true })),
      h(
        'div',
        { class: 'row' },
        fields.map((f) => h('label', {}, f.label, h('input', { name: f.name, type: f.type, dir: 'auto' }))),
      ),
      h(
        'div',
        { class: 'row' },
        h(
          'label',
          {},
          t(state.lang, 'apiKey'),
          h('input', {
            name: 'apiKey',
            type: 'password',
            autocomplete: 'off',
            dir: 'ltr',
            value: apiKey(),
            onchange: (e) => setApiKey((e.target as HTMLInputElement).value.trim()),
          }),
        ),
        h('button', { type: 'submit', class: 'primary' }, t(state.lang, 'ingestSubmit')),
      ),
      message,
    ),
  );
  replace(els.ingest, h('h2', {}, t(state.lang, 'ingest')), form);
}

interface IngestPayload {
  ingestArticle: { article: { id: string }; claims: { id: string }[]; actors: { id: string }[] };
}

/** Calls `ingestArticle(input: IngestArticleInput!)` with the pasted text, then reloads every view. */
async function submitIngest(form: HTMLFormElement, message: HTMLElement): Promise<void> {
  const values = Object.fromEntries(new FormData(form).entries()) as Record<string, string>;
  const key = (values.apiKey ?? '').trim();
  setApiKey(key);
  const input: Record<string, string> = {};
  for (const name of ['text', 'outlet', 'publishedAt', 'url']) if ((values[name] ?? '').trim() !== '') input[name] = values[name]!.trim();
  message.textContent = t(state.lang, 'loading');
  try {
    const data = await graphql<IngestPayload>(
      'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } claims { id } actors { id } } }',
      { input },
      key,
    );
    const { claims, actors } = data.ingestArticle;
    await load();
    const done = document.getElementById('ingest-message');
    if (done) done.textContent = `${t(state.lang, 'ingestDone')} ${claims.length} ${t(state.lang, 'claims')} · ${actors.length} ${t(state.lang, 'actors')}`;
  } catch (error) {
    message.textContent = error instanceof ApiError && error.status === 401 ? t(state.lang, 'needKey') : (error as Error).message;
  }
}

// ---------- loading ----------

function renderAll(): void {
  applyLang();
  renderHeader();
  renderSummary();
  renderPositions();
  renderMatrix();
  renderNetworkCard();
  if (network === null) drawNetwork();
  else network.relabel(networkLabel);
  renderTimeline();
  renderIngest();
  focusSearch();
  if (state.selected) void openClaim(state.selected.actorId, state.selected.claimId);
  else renderArticleHint();
}

function showError(error: unknown): void {
  const needsKey = error instanceof ApiError && (error.status === 401 || error.code === 'UNAUTHENTICATED');
  const keyInput = h('input', { type: 'password', autocomplete: 'off', dir: 'ltr', 'aria-label': t(state.lang, 'apiKey'), placeholder: t(state.lang, 'apiKey') });
  replace(
    els.status,
    h(
      'div',
      { class: 'error' },
      h('p', {}, needsKey ? t(state.lang, 'needKey') : (error as Error).message),
      needsKey ? keyInput : null,
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            if (needsKey) setApiKey(keyInput.value.trim());
            void load();
          },
        },
        t(state.lang, 'retry'),
      ),
    ),
  );
}

async function load(): Promise<void> {
  const started = performance.now();
  replace(els.status, h('p', { class: 'loading' }, t(state.lang, 'loading')));
  try {
    // The chosen issue's positions are asked for at once, beside the issue list, not after it.
    const first = fetchPositions(state.issueId);
    first.catch(() => undefined);
    const [caps, issues] = await Promise.all([capabilities(), fetchIssues()]);
    const data = await Promise.all(issues.map(async (issue) => ({ issue, positions: await (issue.id === state.issueId ? first : fetchPositions(issue.id)) })));
    state.caps = caps;
    state.data = data;
    if (!data.some((d) => d.issue.id === state.issueId) && data[0]) state.issueId = data[0].issue.id;
    replace(els.status);
    network?.destroy();
    network = null;
    renderAll();
    if (state.query !== '') await runSearch();
    const ms = Math.round(performance.now() - started);
    document.body.dataset.loaded = 'true';
    document.body.dataset.loadMs = String(ms);
    performance.mark('stancegraph:loaded');
  } catch (error) {
    showError(error);
  }
}

layout();
applyLang();
renderHeader();
void load();
