/**
 * The form to paste one article into (title, text, optional date and link), checked with the API's
 * own schema before anything is sent. The pasted text is never lost: the form is cleared only once
 * its article is in (and only if it still holds what was sent), and a draft is kept in the tab's
 * session storage, since a sign-in reloads the page.
 */
import { addDocumentBodySchema, type AddDocumentBody } from '../../../core/document-upload-schemas.ts';
import { h } from './dom.ts';

const DRAFT_KEY = 'newsgraph.add-document-draft';

export interface PasteArticleForm {
  form: HTMLFormElement;
  focus(): void;
}

/** `onArticle` gets each checked article and a function to call once it is in (clears the form unless edited since). */
export function createPasteArticleForm(maxTextChars: number, onArticle: (article: AddDocumentBody, clearIfUnchanged: () => void) => void): PasteArticleForm {
  const field = (id: string, label: string, input: HTMLElement, ...more: HTMLElement[]) => h('div', { class: 'field' }, h('label', { class: 'field-label', for: id }, label), input, ...more);
  const title = h('input', { id: 'add-title', class: 'text-input', maxlength: 500, autocomplete: 'off', 'data-testid': 'add-title' });
  const text = h('textarea', { id: 'add-text', class: 'text-input add-text', rows: 9, 'aria-describedby': 'add-text-help', 'data-testid': 'add-text' });
  const date = h('input', { id: 'add-date', class: 'text-input', type: 'date', 'data-testid': 'add-date' });
  const url = h('input', { id: 'add-url', class: 'text-input', type: 'url', placeholder: 'https://…', 'data-testid': 'add-url' });
  const count = h('span', { class: 'field-help', id: 'add-text-help' });
  const formError = h('p', { class: 'error small', role: 'alert', 'data-testid': 'add-form-error' });
  const form = h(
    'form',
    { class: 'add-form', 'aria-label': 'Paste an article', novalidate: true },
    field('add-title', 'Title', title),
    field('add-text', 'Text', text, count),
    h('div', { class: 'add-row' }, field('add-date', 'Published (optional)', date), field('add-url', 'Link to the original (optional)', url)),
    formError,
    h('button', { class: 'btn primary', type: 'submit', 'data-testid': 'add-submit' }, 'Add article'),
  );

  const fields = () => ({ title: title.value, text: text.value, date: date.value, url: url.value });
  const showCount = () => {
    count.textContent = `${text.value.length.toLocaleString('en')} / ${maxTextChars.toLocaleString('en')} characters`;
    count.classList.toggle('error', text.value.length > maxTextChars);
  };
  const storage = (fn: () => void) => {
    try {
      fn();
    } catch {
      // Storage full, off or holding something broken: the form itself still holds the text.
    }
  };
  storage(() => {
    const draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null') as Partial<ReturnType<typeof fields>> | null;
    if (!draft) return;
    title.value = draft.title ?? '';
    text.value = draft.text ?? '';
    date.value = draft.date ?? '';
    url.value = draft.url ?? '';
  });
  showCount();
  for (const el of [title, text, date, url]) {
    el.addEventListener('input', () => {
      storage(() => sessionStorage.setItem(DRAFT_KEY, JSON.stringify(fields())));
      showCount();
    });
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    formError.textContent = '';
    const body: Record<string, string> = { title: title.value.trim(), text: text.value };
    if (date.value) body['publishedAt'] = date.value;
    if (url.value.trim()) body['url'] = url.value.trim();
    const parsed = addDocumentBodySchema.safeParse(body);
    if (!parsed.success) {
      formError.textContent = parsed.error.issues.map((i) => `${i.path.join('.') || 'article'}: ${i.message}`).join('; ');
      return;
    }
    const sent = JSON.stringify(fields());
    onArticle(parsed.data, () => {
      if (JSON.stringify(fields()) !== sent) return;
      form.reset();
      storage(() => sessionStorage.removeItem(DRAFT_KEY));
      showCount();
    });
  });

  return { form, focus: () => title.focus() };
}
