/**
 * Escapes text for HTML element content and double-quoted attribute values (server-rendered pages).
 * @param value - untrusted text
 * @returns the escaped text
 */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
