/**
 * Saved queries: the list from the server, a form built from each query's typed parameters, and a
 * run that draws the result graph on the canvas and shows the rows in the results drawer.
 */
import type { Explorer } from '../app/explorer.ts';
import * as api from '../api/client.ts';
import type { SavedQueryInfo } from '../../../core/api-schemas.ts';
import { errorMessage, h, replace, track } from './dom.ts';
import { createSearchBox } from './search-box.ts';
import type { ResultsView } from './results-view.ts';

type Param = SavedQueryInfo['params'][number];

/** Reads a form field into the declared type; throws a readable error when it does not parse. */
export function parseParam(p: Param, raw: string, checked: boolean): unknown {
  const text = raw.trim();
  switch (p.type) {
    case 'boolean':
      return checked;
    case 'integer': {
      if (text === '' && p.default !== undefined) return p.default;
      if (!/^-?\d+$/.test(text)) throw new Error(`“${p.name}” must be a whole number.`);
      return Number(text);
    }
    case 'float': {
      if (text === '' && p.default !== undefined) return p.default;
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) throw new Error(`“${p.name}” must be a number.`);
      return n;
    }
    case 'string[]':
      return text ? text.split(',').map((s) => s.trim()).filter(Boolean) : (p.default ?? []);
    default:
      if (text === '' && p.default === undefined) throw new Error(`“${p.name}” is required.`);
      return text === '' ? p.default : text;
  }
}

/** Whether a parameter names an actor (its description says it takes an entity id, name or alias). */
export function isActorParam(p: Param): boolean {
  return p.type === 'string' && /entity id, name or alias/i.test(p.description ?? '');
}

/**
 * A form label from the query header's description of a parameter: its first clause, capitalised
 * ('only acts by or against this actor (entity id, …); empty = all' → 'Only acts by or against this
 * actor'); the help line keeps the rest with the name and type. Without a description, the name.
 */
export function paramLabel(p: Param): { label: string; help: string } {
  const d = (p.description ?? '').trim();
  const first = d.split(/\s*(?:[;(:—]|\s-\s)\s*/)[0]!.trim();
  const label = first ? first[0]!.toUpperCase() + first.slice(1) : p.name;
  return { label, help: `${p.name} · ${p.type}${d && d !== first ? ` · ${d}` : ''}` };
}

/** Builds the saved-queries panel. Loads the list lazily on first `load()`. */
export function createSavedQueries(root: HTMLElement, explorer: Explorer, results: ResultsView): { load(): Promise<void>; queries(): SavedQueryInfo[] } {
  let list: SavedQueryInfo[] = [];
  let loaded = false;
  const listEl = h('div', { class: 'query-list' });
  const formEl = h('div', { class: 'query-form' });
  replace(root, h('p', { class: 'panel-intro' }, 'Questions analysts ask often. Pick one, fill in its parameters, run.'), listEl, formEl);

  const openForm = (q: SavedQueryInfo) => {
    root.querySelectorAll('.query-item.active').forEach((e) => e.classList.remove('active'));
    const item = root.querySelector(`[data-name="${CSS.escape(q.name)}"]`);
    item?.classList.add('active');
    // The form opens right under the query it belongs to, not at the end of the list.
    if (item) item.after(formEl);
    const fields = q.params.map((p) => {
      const id = `qp-${q.name}-${p.name}`;
      const def = p.default;
      const { label, help } = paramLabel(p);
      const value = def === undefined || def === null ? '' : Array.isArray(def) ? def.join(', ') : String(def);
      if (isActorParam(p)) {
        // Actors get the search box's type-ahead; a pick sends the entity's id.
        let picked: { id: string; name: string } | undefined;
        const box = createSearchBox({ placeholder: 'Type a name…', keepValue: true, onPick: (r) => (picked = { id: r.id, name: r.name }) });
        box.input.id = id;
        box.input.dataset['param'] = p.name;
        box.setValue(value);
        const input = box.input;
        const read = () => (picked && input.value.trim() === picked.name ? picked.id : input.value);
        return { p, input, read, el: h('div', { class: 'field' }, h('label', { class: 'field-label', for: id }, label), box.root, h('span', { class: 'field-help' }, help)) };
      }
      const input =
        p.type === 'boolean'
          ? h('input', { type: 'checkbox', id, checked: def === true, 'data-param': p.name })
          : h('input', {
              id,
              class: 'text-input',
              type: p.type === 'integer' || p.type === 'float' ? 'number' : 'text',
              step: p.type === 'float' ? 'any' : undefined,
              value,
              placeholder: p.type === 'string[]' ? 'comma, separated' : p.type,
              'data-param': p.name,
            });
      return { p, input, read: () => input.value, el: h('label', { class: 'field', for: id }, h('span', { class: 'field-label' }, label), input, h('span', { class: 'field-help' }, help)) };
    });
    const error = h('div', { class: 'error small', role: 'alert' });
    const run = h('button', { class: 'btn primary', 'data-testid': 'query-run', type: 'submit' }, 'Run query');
    const form = h('form', { class: 'form' }, h('div', { class: 'form-title' }, q.title), h('p', { class: 'muted small' }, q.description), ...fields.map((f) => f.el), error, run);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = '';
      let params: Record<string, unknown>;
      try {
        params = Object.fromEntries(fields.map((f) => [f.p.name, parseParam(f.p, f.read(), f.input.checked)]));
      } catch (err) {
        error.textContent = errorMessage(err);
        return;
      }
      run.setAttribute('disabled', '');
      run.textContent = 'Running…';
      try {
        const res = await track(api.runQuery(q.name, params));
        await explorer.showResult(res.graph, q.title);
        results.show(q.title, res);
      } catch (err) {
        error.textContent = errorMessage(err);
        results.hide();
      } finally {
        run.removeAttribute('disabled');
        run.textContent = 'Run query';
      }
    });
    replace(formEl, form);
    (fields[0]?.input ?? run).focus();
  };

  const load = async () => {
    if (loaded) return;
    replace(listEl, h('div', { class: 'muted small' }, 'Loading saved queries…'));
    try {
      list = await track(api.listQueries());
      loaded = true;
      replace(
        listEl,
        ...(list.length
          ? list.map((q) => h('button', { class: 'query-item', 'data-name': q.name, title: q.description, onclick: () => openForm(q) }, h('span', { class: 'query-title' }, q.title), h('span', { class: 'query-desc' }, q.description)))
          : [h('div', { class: 'muted' }, 'The server offers no saved queries.')]),
      );
    } catch (err) {
      replace(listEl, h('div', { class: 'error small' }, errorMessage(err)), h('button', { class: 'btn small', onclick: () => void load() }, 'Retry'));
    }
  };
  return { load, queries: () => list };
}
