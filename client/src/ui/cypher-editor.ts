/**
 * Cypher editor: CodeMirror 6 with the legacy cypher mode for highlighting, Ctrl/Cmd+Enter to run,
 * the server's read-only endpoint behind it, results on the canvas and in the drawer, and the
 * server's error message shown as it is (a refused write says why).
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Explorer } from '../app/explorer.ts';
import * as api from '../api/client.ts';
import { ApiError } from '../api/client.ts';
import { errorMessage, h, replace, track } from './dom.ts';
import type { ResultsView } from './results-view.ts';

const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: '#c792ea', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string)], color: '#c3e88d' },
  { tag: tags.number, color: '#f78c6c' },
  { tag: [tags.variableName, tags.name], color: '#d5dde6' },
  { tag: [tags.typeName, tags.className, tags.labelName, tags.atom], color: '#82aaff' },
  { tag: tags.comment, color: '#5c6b7e', fontStyle: 'italic' },
  { tag: tags.operator, color: '#89ddff' },
  { tag: tags.function(tags.variableName), color: '#ffcb6b' },
]);

const theme = EditorView.theme(
  {
    '&': { backgroundColor: '#0c1117', color: '#d5dde6', fontSize: '12.5px', borderRadius: '8px', border: '1px solid #26303b' },
    '.cm-content': { fontFamily: '"JetBrains Mono", "Fira Code", ui-monospace, monospace', caretColor: '#7aa2f7', padding: '8px 0' },
    '.cm-gutters': { backgroundColor: '#0c1117', color: '#445164', border: 'none' },
    '&.cm-focused': { outline: '1px solid #7aa2f7' },
    '.cm-activeLine': { backgroundColor: '#ffffff06' },
    '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': { backgroundColor: '#7aa2f733 !important' },
  },
  { dark: true },
);

const EXAMPLE = `// Read-only. Ctrl+Enter runs.
MATCH (a:Entity)-[r]-(b:Entity)
WHERE NOT type(r) IN ['MENTIONS', 'FROM_DOCUMENT']
RETURN a, r, b
LIMIT 50`;

/** Builds the editor panel. */
export function createCypherEditor(root: HTMLElement, explorer: Explorer, results: ResultsView): { view: EditorView } {
  const host = h('div', { class: 'cm-host' });
  const error = h('div', { class: 'error small cypher-error', role: 'alert', 'data-testid': 'cypher-error' });
  const runBtn = h('button', { class: 'btn primary', 'data-testid': 'cypher-run' }, 'Run');
  const run = async () => {
    const query = view.state.doc.toString().trim();
    error.textContent = '';
    if (!query) return;
    runBtn.setAttribute('disabled', '');
    runBtn.textContent = 'Running…';
    try {
      const res = await track(api.runCypher(query));
      await explorer.showResult(res.graph, 'Cypher query');
      results.show('Cypher query', res);
    } catch (err) {
      const prefix = err instanceof ApiError && err.status === 403 ? 'Refused: ' : err instanceof ApiError && (err.status === 408 || err.status === 504) ? 'Timed out: ' : '';
      error.textContent = prefix + errorMessage(err);
      // The drawer must not go on showing the previous query's rows under this error.
      results.hide();
    } finally {
      runBtn.removeAttribute('disabled');
      runBtn.textContent = 'Run';
    }
    return true;
  };
  runBtn.addEventListener('click', () => void run());
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: EXAMPLE,
      extensions: [
        lineNumbers(),
        history(),
        placeholder('MATCH (n) RETURN n LIMIT 25'),
        keymap.of([{ key: 'Mod-Enter', run: () => (void run(), true) }, ...defaultKeymap, ...historyKeymap]),
        StreamLanguage.define(cypher),
        syntaxHighlighting(highlight),
        theme,
        EditorView.lineWrapping,
      ],
    }),
  });
  replace(
    root,
    h('p', { class: 'panel-intro' }, 'Ask anything in Cypher. Queries run read-only, with a timeout and a row cap; nodes and links in the result are drawn on the canvas.'),
    host,
    h('div', { class: 'row' }, runBtn, h('span', { class: 'muted small' }, 'Ctrl+Enter')),
    error,
  );
  return { view };
}
