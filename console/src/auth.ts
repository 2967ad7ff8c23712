/**
 * Signing a person in, by the kind `config.json` names: `cognito` (the deployed console, Cognito's
 * hosted UI: auth-cognito.ts) or `local` (`npm run local` only: pick one of the local user pool's
 * people, admin or reader, and the local API issues their ID token). The ID token is kept for the
 * browser tab's session only.
 */
import { CognitoAuth, signInFailureNotice } from './auth-cognito.ts';
import type { ConsoleConfig } from './config.ts';
import { h } from './dom.ts';
import { forgetToken, keepToken, keptToken } from './id-token.ts';

/** The ID token of the person signed in, signing them in first when needed. */
export async function signIn(config: ConsoleConfig, root: HTMLElement): Promise<string> {
  if (config.auth.kind === 'cognito') {
    const cognito = new CognitoAuth(config.auth);
    try {
      await cognito.completeSignIn();
    } catch (error) {
      const notice = signInFailureNotice(error);
      if (!notice) throw error;
      showSignInFailure(root, notice, () => void cognito.signIn());
      // The page waits for the person to choose "Sign in again".
      return new Promise<string>(() => {});
    }
    const token = cognito.token();
    if (token) return token;
    await cognito.signIn();
    // The page is on its way to the hosted UI; nothing renders meanwhile.
    return new Promise<string>(() => {});
  }
  const kept = keptToken(sessionStorage, Date.now());
  if (kept) return kept;
  const token = await signInLocally(root);
  keepToken(sessionStorage, token);
  return token;
}

/** Forgets the token and signs out (of the hosted UI's session too, with Cognito), then starts again. */
export function signOut(config: ConsoleConfig): void {
  forgetToken(sessionStorage);
  if (config.auth.kind === 'cognito') new CognitoAuth(config.auth).signOut();
  else location.reload();
}

/** A sign-in that did not complete: what happened, and a way to start again. */
function showSignInFailure(
  root: HTMLElement,
  notice: { heading: string; detail: string },
  signInAgain: () => void,
): void {
  root.replaceChildren(
    h(
      'main',
      { id: 'main', class: 'sign-in' },
      h('h1', {}, notice.heading),
      h('p', { role: 'alert' }, notice.detail),
      h('button', { type: 'button', onclick: signInAgain }, 'Sign in again'),
    ),
  );
}

/** The local sign-in: a choice of the local people; `POST /local/sign-in` issues the token. */
function signInLocally(root: HTMLElement): Promise<string> {
  return new Promise((resolve) => {
    const message = h('p', { role: 'alert', class: 'field-error' });
    const choose = (username: string) => async () => {
      message.textContent = '';
      const response = await fetch(new URL('local/sign-in', location.href), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        idToken?: string;
        error?: { message?: string };
      };
      if (response.ok && body.idToken) resolve(body.idToken);
      else message.textContent = body.error?.message ?? `sign-in failed (HTTP ${response.status})`;
    };
    root.replaceChildren(
      h(
        'main',
        { id: 'main', class: 'sign-in' },
        h('h1', {}, 'Sign in to Logward'),
        h(
          'p',
          {},
          'Local sign-in, for npm run local only: choose a person of the local user pool. A deployed console signs in with Cognito.',
        ),
        h('button', { type: 'button', onclick: choose('admin') }, 'Sign in as admin'),
        ' ',
        h('button', { type: 'button', onclick: choose('reader') }, 'Sign in as reader'),
        message,
      ),
    );
  });
}
