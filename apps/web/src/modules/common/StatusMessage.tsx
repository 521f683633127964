/**
 * A polite live region that is always on the page, so what it says after an action (saved, sent, let in) is
 * announced by screen readers; it shows as a notice only when there is something to say.
 */
export function StatusMessage({ children }: { children: string | null }) {
  return <div role="status">{children && <p className="notice">{children}</p>}</div>;
}
