// The token lives in session storage: it is gone when the tab closes, and other sites cannot read it.
const KEY = 'roster.token';

export function token() {
  return sessionStorage.getItem(KEY);
}

export function signIn(value) {
  sessionStorage.setItem(KEY, value);
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}
