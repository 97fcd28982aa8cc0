// An editing panel shown in the page's flow above the table, not a modal: Jira sizes the app's iframe to its content,
// so a modal centred in the iframe could open off screen. On open the panel scrolls into view and takes focus;
// Escape or Close closes it.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

export function MatrixPanel({ title, testId, onClose, children }: {
  readonly title: string;
  readonly testId: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Focus returns to the button that opened the panel when it closes (keyboard users keep their place).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
    return () => { if (opener?.isConnected === true) opener.focus({ preventScroll: true }); };
  }, []);
  const titleId = `${testId}-title`;
  return (
    <section className="c9-section c9-panel" aria-labelledby={titleId} data-testid={testId}
      onKeyDown={(event) => { if (event.key === 'Escape') { event.stopPropagation(); onClose(); } }}>
      <div className="c9-panel-header">
        <h2 id={titleId} ref={heading} tabIndex={-1}>{title}</h2>
        <button type="button" className="c9-button c9-button--subtle" aria-label={`Close ${title}`} onClick={onClose}>✕</button>
      </div>
      {children}
    </section>
  );
}
