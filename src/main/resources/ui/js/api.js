// The public API, called as any client calls it: POST /<operation> with a JSON body and the token.
import { token } from './session.js';

/** An answer outside 2xx, with the contract's error body: type, message and, for some types, field_name. */
export class ApiError extends Error {
  constructor(operation, status, body) {
    super(body.message || `${operation} answered ${status}`);
    this.operation = operation;
    this.status = status;
    this.type = body.type || 'unknown';
    this.field = body.field_name || null;
  }
}

/** Runs {@code operation}; answers the parsed body, or throws an ApiError. */
export async function call(operation, body = {}) {
  let response;
  try {
    response = await fetch(`/${operation}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token() || ''}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(operation, 0, { type: 'network', message: `Roster could not be reached (${e.message})` });
  }
  const text = await response.text();
  let json = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    json = { message: text.slice(0, 200) };
  }
  if (!response.ok) {
    const error = new ApiError(operation, response.status, json);
    if (response.status === 401) window.dispatchEvent(new CustomEvent('roster:unauthenticated', { detail: error }));
    throw error;
  }
  return json;
}
