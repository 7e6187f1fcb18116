/**
 * The sign-in page, shown over the explorer when the API answers 401 (users are configured and
 * there is no session). A labelled form in a modal dialog: focus goes to the user name, errors are
 * announced, and a successful sign-in reloads the page so every panel fetches again with the new
 * session cookie (HttpOnly: the page never sees it).
 */
import { ApiError, login } from '../api/client.ts';
import { errorMessage, h } from './dom.ts';

let shown = false;

/** Shows the sign-in dialog once (later 401s while it is open do nothing). */
export function showLoginDialog(root: HTMLElement = document.body): void {
  if (shown) return;
  shown = true;
  const user = h('input', { id: 'login-user', class: 'text-input', name: 'username', autocomplete: 'username', required: true, 'data-testid': 'login-user' });
  const password = h('input', { id: 'login-password', class: 'text-input', name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'login-password' });
  const message = h('p', { class: 'error small', role: 'alert', 'aria-live': 'assertive', id: 'login-error' });
  const submit = h('button', { class: 'btn primary', type: 'submit', 'data-testid': 'login-submit' }, 'Sign in');
  const form = h(
    'form',
    { class: 'login-form', 'aria-describedby': 'login-intro' },
    h('h1', { id: 'login-title', class: 'login-title' }, 'Sign in to Newsgraph'),
    h('p', { id: 'login-intro', class: 'muted small' }, 'This explorer is shared: sign in with the account you were given.'),
    h('div', { class: 'field' }, h('label', { class: 'field-label', for: 'login-user' }, 'User name'), user),
    h('div', { class: 'field' }, h('label', { class: 'field-label', for: 'login-password' }, 'Password'), password),
    message,
    submit,
  );
  const dialog = h('div', { class: 'login-overlay', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'login-title', 'data-testid': 'login-dialog' }, form);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit.disabled = true;
    message.textContent = '';
    login(user.value.trim(), password.value)
      .then(() => window.location.reload())
      .catch((err: unknown) => {
        message.textContent = err instanceof ApiError && err.status === 401 ? 'Wrong user name or password.' : errorMessage(err);
        submit.disabled = false;
        password.select();
        password.focus();
      });
  });
  // Keep keyboard focus inside the dialog.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const items = [user, password, submit];
    const i = items.indexOf(document.activeElement as HTMLInputElement);
    if (e.shiftKey && i <= 0) {
      e.preventDefault();
      submit.focus();
    } else if (!e.shiftKey && i === items.length - 1) {
      e.preventDefault();
      user.focus();
    }
  });
  root.append(dialog);
  user.focus();
}
