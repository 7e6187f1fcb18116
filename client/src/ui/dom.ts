/**
 * A tiny hyperscript helper and the app-wide status line (loading bar and toasts). The UI is plain
 * DOM in small modules; this keeps element creation short and escaping automatic (text nodes only,
 * except the trusted SVG icons we build ourselves).
 */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | undefined | null>;

/** Creates an element: `h('button', { class: 'x', onclick: fn }, 'Label')`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v as EventListener);
    else if (k === 'html') el.innerHTML = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, ...children);
  return el;
}

/** Appends children, turning strings into text nodes. */
export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces an element's children. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

/** A span holding trusted SVG markup (our own icons). */
export function svg(markup: string): HTMLSpanElement {
  return h('span', { class: 'svg', html: markup });
}

let pending = 0;
let statusBar: HTMLElement | undefined;
let toasts: HTMLElement | undefined;

/** Binds the loading bar and the toast area (called once by the app shell). */
export function bindStatus(bar: HTMLElement, toastArea: HTMLElement): void {
  statusBar = bar;
  toasts = toastArea;
}

/** Shows the loading bar while a promise runs; returns the promise. */
export function track<T>(promise: Promise<T>): Promise<T> {
  pending++;
  statusBar?.classList.add('active');
  return promise.finally(() => {
    pending--;
    if (pending === 0) statusBar?.classList.remove('active');
  });
}

/** Most toasts on screen at once. */
export const MAX_TOASTS = 2;

/** Shows a short message; errors stay longer. */
export function toast(message: string, kind: 'info' | 'error' | 'success' = 'info'): void {
  if (!toasts) return;
  // At most two at a time: the newest stay, the same message is not repeated.
  const shown = [...toasts.children].filter((c) => !c.classList.contains('leaving'));
  for (const c of shown) if (c.textContent === message) c.remove();
  const left = [...toasts.children];
  while (left.length >= MAX_TOASTS) left.shift()!.remove();
  const el = h('div', { class: `toast ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  toasts.append(el);
  setTimeout(() => el.classList.add('leaving'), kind === 'error' ? 7000 : 3500);
  setTimeout(() => el.remove(), kind === 'error' ? 7600 : 4100);
}

/** Message of an unknown error. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Debounces a function. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let t: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (t) clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}
