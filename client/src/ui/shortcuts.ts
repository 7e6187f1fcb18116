/**
 * Keyboard shortcuts and the help dialog listing them. Shortcuts are ignored while typing in a
 * field (except Esc), so `/` or Delete never fire by accident.
 */
import { h } from './dom.ts';

export interface ShortcutActions {
  focusSearch(): void;
  undo(): void;
  redo(): void;
  remove(): void;
  escape(): void;
  fit(): void;
  layout(): void;
  expand(): void;
}

const LIST: [string, string][] = [
  ['/', 'Search'],
  ['Ctrl+Z', 'Undo'],
  ['Ctrl+Shift+Z  ·  Ctrl+Y', 'Redo'],
  ['Delete', 'Remove the selected node'],
  ['E', 'Expand the selected node'],
  ['F', 'Fit the graph to the view'],
  ['L', 'Run the layout'],
  ['Esc', 'Close menus, clear selection and highlights'],
  ['?', 'This help'],
  ['Double-click', 'Expand a node'],
  ['Right-click', 'Node menu'],
  ['Drag', 'Move and pin a node'],
];

/** Installs the shortcuts; returns a function that opens the help dialog. */
export function installShortcuts(actions: ShortcutActions): { openHelp(): void; closeHelp(): boolean } {
  const dialog = h(
    'div',
    { class: 'modal small', role: 'dialog', 'aria-label': 'Keyboard shortcuts', 'data-testid': 'help-dialog' },
    h('div', { class: 'modal-head' }, h('h2', { class: 'modal-title' }, 'Keyboard shortcuts')),
    h('table', { class: 'shortcuts' }, ...LIST.map(([k, d]) => h('tr', {}, h('td', {}, ...k.split('  ·  ').map((x) => h('kbd', {}, x))), h('td', {}, d)))),
  );
  const backdrop = h('div', { class: 'backdrop', hidden: true }, dialog);
  backdrop.addEventListener('click', () => (backdrop.hidden = true));
  document.body.append(backdrop);
  const openHelp = () => (backdrop.hidden = false);
  const closeHelp = () => {
    const was = !backdrop.hidden;
    backdrop.hidden = true;
    return was;
  };

  window.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement | null;
    const typing = Boolean(t && (t.closest('input, textarea, select, [contenteditable="true"], .cm-editor')));
    if (e.key === 'Escape') {
      if (typing) (t as HTMLElement).blur();
      if (!closeHelp()) actions.escape();
      return;
    }
    if (typing) return;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && key === 'z' && !e.shiftKey) actions.undo();
    else if ((mod && key === 'z' && e.shiftKey) || (mod && key === 'y')) actions.redo();
    else if (mod || e.altKey) return;
    else if (e.key === '/') actions.focusSearch();
    else if (e.key === '?') openHelp();
    else if (e.key === 'Delete' || e.key === 'Backspace') actions.remove();
    else if (key === 'f') actions.fit();
    else if (key === 'l') actions.layout();
    else if (key === 'e') actions.expand();
    else return;
    e.preventDefault();
  });
  return { openHelp, closeHelp };
}
