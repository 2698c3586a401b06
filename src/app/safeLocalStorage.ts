/** The browser's localStorage, or null where there is none (Node) or the browser blocks it. */
export function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
