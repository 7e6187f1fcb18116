/**
 * The legend over the canvas (colour, icon and count per entity type; click to highlight a type;
 * the link styles, and the toggle that colours links by cooperation and conflict, with its
 * colours when on; how facts are told — alleged, planned — with the toggles that show denied and
 * negated facts and co-mentions) and the filters panel (entity types, relationship types, document dates). Filters only change
 * what reducers hide; clearing them brings everything back.
 */
import type { Explorer } from '../app/explorer.ts';
import { countTypes, EMPTY_FILTERS, filtersAreEmpty, type Filters } from '../state/filters.ts';
import { iconSvg, NO_CLASS_COLOR, QUAD_CLASS_COLORS, quadClassLabel, relLabel, sortTypes, typeStyle } from '../graph/style.ts';
import { QUAD_CLASSES } from '../../../core/cameo.ts';
import { ENTITY_TYPES } from '../../../core/model.ts';
import { colourableProperties, NODE_SIZINGS, propertyColours, type NodeSizing } from '../state/appearance.ts';
import { CO_MENTIONED } from '../../../core/fact-status.ts';
import { THEME } from '../graph/style.ts';
import { errorMessage, h, replace, svg, toast } from './dom.ts';

/** A short line in the legend drawn with an SVG dash pattern (CSS borders have no dash-dot). */
function lineSample(color: string, dasharray: string): string {
  return `<svg class="line-sample" width="24" height="6" aria-hidden="true"><line x1="0" y1="3" x2="24" y2="3" stroke="${color}" stroke-width="2"${dasharray ? ` stroke-dasharray="${dasharray}"` : ''}/></svg>`;
}

const SIZING_LABELS: Record<NodeSizing, string> = { degree: 'links on the canvas', sources: 'source documents' };

/** Builds the legend; it follows graph changes. */
export function createLegend(root: HTMLElement, explorer: Explorer): void {
  const store = explorer.store;
  let active: string | undefined;
  let byClass = store.edgeColoring === 'quadClass';
  const classToggle = () =>
    h(
      'button',
      {
        class: `legend-toggle${byClass ? ' active' : ''}`,
        'data-testid': 'edge-class-toggle',
        'aria-pressed': String(byClass),
        title: byClass ? 'Colour links plainly again' : 'Colour links by cooperation and conflict (CAMEO QuadClass)',
        onclick: () => store.setEdgeColoring(byClass ? 'plain' : 'quadClass'),
      },
      h('span', { class: 'toggle-swatch' }, ...(['verbal-cooperation', 'material-conflict'] as const).map((q) => h('span', { style: `background:${QUAD_CLASS_COLORS[q]}` }))),
      'cooperation / conflict',
    );
  const showDenied = () => store.linkKinds.showDenied;
  const kindToggle = (testid: string, on: boolean, label: string, title: string, sample: string, onclick: () => void) =>
    h('button', { class: `legend-toggle${on ? ' active' : ''}`, 'data-testid': testid, 'aria-pressed': String(on), title, onclick }, svg(sample), label);
  const statusLegend = () => {
    let disowned = 0;
    let coMentions = 0;
    store.graph.forEachEdge((_k, a) => {
      if (a.relType === CO_MENTIONED) coMentions++;
      else if (a.status === 'denied' || a.status === 'negated') disowned++;
    });
    const co = store.linkKinds.coMentions;
    return h(
      'div',
      { class: 'legend-status', 'data-testid': 'legend-status' },
      h('span', { class: 'class-item' }, svg(lineSample('#8a9aae', '7 2 1.5 2')), 'alleged'),
      h('span', { class: 'class-item' }, svg(lineSample('#8a9aae', '1.6 1.8')), 'planned'),
      kindToggle(
        'denied-toggle',
        showDenied(),
        showDenied() ? `denied / negated (${disowned})` : `show denied / negated${disowned ? ` (${disowned})` : ''}`,
        showDenied() ? 'Hide facts that are denied or said not to have happened' : 'Show facts that are denied or said not to have happened (dotted, muted red)',
        lineSample(THEME.edgeDenied, '1.6 1.8'),
        () => void explorer.setLinkKinds({ showDenied: !showDenied() }).catch((err) => toast(errorMessage(err), 'error')),
      ),
      kindToggle(
        'co-mentions-toggle',
        co,
        co ? `co-mentions (${coMentions})` : 'co-mentions',
        co ? 'Hide co-mentions' : 'Show who is named together in a sentence without a fact linking them (thin grey, wider with more sentences)',
        lineSample('#6b7785', ''),
        () => void explorer.setLinkKinds({ coMentions: !co }).catch((err) => toast(errorMessage(err), 'error')),
      ),
    );
  };
  const swatch = (color: string, label: string) => h('span', { class: 'class-item' }, h('span', { class: 'edge-sample', style: `border-top-color:${color}` }), label);
  const classLegend = () =>
    h('div', { class: 'legend-classes', 'data-testid': 'legend-classes' }, ...QUAD_CLASSES.map((q) => swatch(QUAD_CLASS_COLORS[q], quadClassLabel(q))), swatch(NO_CLASS_COLOR, 'no class (roles, places, membership)'));
  const render = () => {
    root.hidden = store.graph.order === 0;
    const { entityTypes } = countTypes(store.graph);
    const types = sortTypes(new Set([...ENTITY_TYPES, ...entityTypes.keys()]));
    const filteredTypes = new Set(store.filters.hiddenEntityTypes);
    const hiddenNodes = store.visibility.hiddenNodes.size;
    // Links held back by kind (denied, co-mentions) have their own toggles: not "hidden by filters".
    const hiddenEdges = store.visibility.hiddenEdges.size - store.visibility.heldBackEdges.size;
    const values = store.nodeColoring ? propertyColours(store.graph, store.nodeColoring).legend : undefined;
    replace(
      root,
      ...types.map((t) => {
        const n = entityTypes.get(t) ?? 0;
        const filtered = filteredTypes.has(t);
        const item = h(
          'button',
          {
            class: `legend-item${n ? '' : ' empty'}${active === t ? ' active' : ''}${filtered ? ' filtered' : ''}`,
            'data-type': t,
            'data-filtered': filtered ? 'true' : undefined,
            title: filtered ? `${t}: hidden by filters` : n ? `Highlight ${t}` : `No ${t} on the canvas`,
            style: `--c:${typeStyle(t).color}`,
          },
          h('span', { class: 'legend-dot' }, svg(iconSvg(t, 11).replace(/fill="[^"]+"/, 'fill="#0f141a"'))),
          h('span', { class: 'legend-label' }, t),
          h('span', { class: 'count' }, String(n)),
        );
        item.addEventListener('click', () => {
          if (!n) return;
          active = active === t ? undefined : t;
          if (!active) store.setHighlight(undefined);
          else {
            const nodes = new Set(store.graph.filterNodes((_k, a) => a.entityType === t));
            store.setHighlight({ nodes, edges: new Set() });
          }
          render();
        });
        return item;
      }),
      h('div', { class: 'legend-edges' }, h('span', { class: 'edge-sample solid' }), 'several sources', h('span', { class: 'edge-sample dashed' }), 'one source', classToggle()),
      hiddenNodes || hiddenEdges
        ? h(
            'button',
            { class: 'legend-filtered', 'data-testid': 'legend-filtered', title: 'Clear the filters', onclick: () => store.setFilters(EMPTY_FILTERS) },
            `${hiddenNodes} node${hiddenNodes === 1 ? '' : 's'}, ${hiddenEdges} link${hiddenEdges === 1 ? '' : 's'} hidden by filters ×`,
          )
        : null,
      statusLegend(),
      byClass ? classLegend() : null,
      values
        ? h(
            'div',
            { class: 'legend-classes', 'data-testid': 'legend-values' },
            h('span', { class: 'legend-key' }, `colour: ${store.nodeColoring}`),
            ...values.map((v) => h('span', { class: 'class-item' }, h('span', { class: 'value-dot', style: `background:${v.color}` }), `${v.value} (${v.count})`)),
          )
        : null,
    );
  };
  store.subscribe((k) => {
    if (k.has('highlight') && active && !store.highlight) active = undefined;
    byClass = store.edgeColoring === 'quadClass';
    if (k.has('graph') || k.has('highlight') || k.has('appearance') || k.has('filters')) render();
  });
  render();
}

/** The style controls: what node sizes and colours stand for. */
function styleControls(explorer: Explorer): HTMLElement {
  const store = explorer.store;
  const size = h(
    'select',
    { class: 'select', 'data-testid': 'size-by', 'aria-label': 'Size nodes by', onchange: (e: Event) => store.setNodeSizing((e.target as HTMLSelectElement).value as NodeSizing) },
    ...NODE_SIZINGS.map((s) => h('option', { value: s, selected: store.nodeSizing === s }, SIZING_LABELS[s])),
  );
  const keys = colourableProperties(store.graph);
  if (store.nodeColoring && !keys.includes(store.nodeColoring)) keys.unshift(store.nodeColoring);
  const colour = h(
    'select',
    { class: 'select', 'data-testid': 'colour-by', 'aria-label': 'Colour nodes by', onchange: (e: Event) => store.setNodeColoring((e.target as HTMLSelectElement).value || undefined) },
    h('option', { value: '', selected: !store.nodeColoring }, 'entity type'),
    ...keys.map((k) => h('option', { value: k, selected: store.nodeColoring === k }, `property: ${k}`)),
  );
  return h(
    'div',
    { class: 'style-controls' },
    h('label', { class: 'field inline' }, h('span', { class: 'field-label' }, 'Size nodes by'), size),
    h('label', { class: 'field inline' }, h('span', { class: 'field-label' }, 'Colour nodes by'), colour),
  );
}

/**
 * A date typed in a date field is usable once its year has four digits: while typing "2024" the
 * field passes through 0002, 0020 and 0202, which must not become filters.
 */
export function usableDate(value: string): boolean {
  return value === '' || /^[1-9]\d{3}-\d{2}-\d{2}$/.test(value);
}

/** Builds the filters panel. */
export function createFiltersPanel(root: HTMLElement, explorer: Explorer): void {
  const store = explorer.store;
  const set = (f: Partial<Filters>) => store.setFilters({ ...store.filters, ...f });
  const toggle = (list: string[], value: string, on: boolean) => (on ? list.filter((v) => v !== value) : [...list, value]);

  // The date fields are built once and only their values follow the filters: re-creating them on
  // every change took the focus away in the middle of typing a date.
  const dateInput = (key: 'dateFrom' | 'dateTo', label: string) => {
    const input = h('input', { class: 'text-input', type: 'date', 'data-testid': key === 'dateFrom' ? 'date-from' : 'date-to', 'aria-label': `Document date ${label.toLowerCase()}` });
    const apply = () => {
      if (usableDate(input.value) && (input.value || undefined) !== store.filters[key]) set({ [key]: input.value || undefined });
    };
    input.addEventListener('change', apply);
    input.addEventListener('blur', apply);
    return { key, input, el: h('label', { class: 'field inline' }, h('span', { class: 'field-label' }, label), input) };
  };
  const dates = [dateInput('dateFrom', 'From'), dateInput('dateTo', 'To')];
  const dynamic = h('div', {});
  const dateNote = h('p', { class: 'muted small' });
  replace(root, dynamic, h('div', { class: 'section-title' }, 'Document date'), h('div', { class: 'row' }, ...dates.map((d) => d.el)), dateNote);

  const render = () => {
    const f = store.filters;
    const { entityTypes, relTypes } = countTypes(store.graph);
    const hiddenCount = store.visibility.hiddenNodes.size;
    const entityRows = sortTypes(new Set([...entityTypes.keys(), ...f.hiddenEntityTypes])).map((t) =>
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'checkbox', checked: !f.hiddenEntityTypes.includes(t), 'data-filter-type': t, onchange: (e: Event) => set({ hiddenEntityTypes: toggle(f.hiddenEntityTypes, t, (e.target as HTMLInputElement).checked) }) }),
        svg(iconSvg(t, 13)),
        h('span', { class: 'grow' }, t),
        h('span', { class: 'count' }, String(entityTypes.get(t) ?? 0)),
      ),
    );
    const relRows = [...new Set([...relTypes.keys(), ...f.hiddenRelTypes])].sort().map((t) =>
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'checkbox', checked: !f.hiddenRelTypes.includes(t), 'data-filter-rel': t, onchange: (e: Event) => set({ hiddenRelTypes: toggle(f.hiddenRelTypes, t, (e.target as HTMLInputElement).checked) }) }),
        h('span', { class: 'grow rel-name' }, relLabel(t)),
        h('span', { class: 'count' }, String(relTypes.get(t) ?? 0)),
      ),
    );
    for (const d of dates) {
      // A field being typed in keeps what is typed; the others show the filter.
      if (document.activeElement !== d.input && d.input.value !== (f[d.key] ?? '')) d.input.value = f[d.key] ?? '';
    }
    dateNote.textContent = store.documentDates.size ? `Dates known for ${store.documentDates.size} documents; links without a known date stay visible.` : 'Links without a known document date stay visible.';
    replace(
      dynamic,
      h('div', { class: 'filters-head' }, h('span', { class: 'muted small' }, hiddenCount ? `${hiddenCount} node${hiddenCount > 1 ? 's' : ''} hidden by filters` : 'Everything on the canvas is shown'), filtersAreEmpty(f) ? null : h('button', { class: 'btn small', 'data-testid': 'filters-clear', onclick: () => store.setFilters(EMPTY_FILTERS) }, 'Clear filters')),
      h('div', { class: 'section-title' }, 'Entity types'),
      entityRows.length ? h('div', { class: 'checks' }, ...entityRows) : h('div', { class: 'muted small' }, 'Nothing on the canvas yet.'),
      h('div', { class: 'section-title' }, 'Relationships'),
      relRows.length ? h('div', { class: 'checks scroll' }, ...relRows) : h('div', { class: 'muted small' }, 'No links yet.'),
      h('div', { class: 'section-title' }, 'Style'),
      styleControls(explorer),
    );
  };
  store.subscribe((k) => {
    if (k.has('graph') || k.has('filters') || k.has('appearance')) render();
  });
  render();
}
