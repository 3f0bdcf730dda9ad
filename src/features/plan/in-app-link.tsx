import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/**
 * A link to a screen of this app given as a ready-made address (a screen another part of the app
 * registers, such as the comparison or the print previews). A plain click navigates inside the
 * app, so the plan's autosave flushes as the screen unmounts rather than racing a page unload;
 * modified clicks (new tab, new window) behave as the browser's own.
 */
export function InAppLink({
  href,
  className,
  children,
}: {
  readonly href: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <a
      href={href}
      className={className}
      onClick={(event) => {
        if (
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        ) {
          return;
        }
        event.preventDefault();
        void navigate({ href });
      }}
    >
      {children}
    </a>
  );
}
