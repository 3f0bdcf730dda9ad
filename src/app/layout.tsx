import { Link, Outlet } from '@tanstack/react-router';
import { APP_NAME } from '../lib/document-title';
import { StorageBanner } from './storage-banner';
import { OfflineCopyNotice } from './offline-notice';
import { UpdateNotice } from './update-notice';

/** The screens of the main navigation. */
export const NAVIGATION = [
  { to: '/patients', label: 'Patients' },
  // Useful without a patient: the knowledge base's treatments and tiers side by side.
  { to: '/compare', label: 'Compare' },
  { to: '/library', label: 'Library' },
  { to: '/settings', label: 'Settings' },
] as const;

/** Under every screen, and in index.html's shell. */
export const FOOTER_NOTE = `Records stay in this browser on this device; nothing is sent anywhere unless a FHIR server is set in Settings. ${APP_NAME} supports clinical reasoning and does not replace it.`;

export function Layout() {
  return (
    <>
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          // Focus without touching the URL: a hash change would be a navigation for the router.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/patients" className="app-name">
            <span className="app-name__mark" aria-hidden="true" />
            {APP_NAME}
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              {NAVIGATION.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} className="nav-link">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <StorageBanner />
      <UpdateNotice />
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{FOOTER_NOTE}</p>
        <OfflineCopyNotice />
      </footer>
    </>
  );
}
