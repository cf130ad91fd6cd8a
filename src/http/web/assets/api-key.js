// @ts-check
/**
 * The API key of a server started with API_KEYS: asked for once, when the
 * server first answers 401, and kept in this browser's localStorage.
 */

const STORAGE_KEY = 'sourced.apiKey';

/** @returns {string | null} */
export function savedApiKey() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Asks the reader for the key and keeps it; null when they cancel.
 * @param {string} reason
 * @returns {string | null}
 */
export function askForApiKey(reason) {
  const key = window.prompt(`${reason}\nEnter the API key for this server:`)?.trim();
  if (!key) return null;
  try {
    localStorage.setItem(STORAGE_KEY, key);
  } catch {
    // Private mode: the key lasts for this page only.
  }
  return key;
}

/** @param {string | null} key @returns {Record<string, string>} */
export function authorizationHeader(key) {
  return key ? { authorization: `Bearer ${key}` } : {};
}
