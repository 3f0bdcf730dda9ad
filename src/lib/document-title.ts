export const APP_NAME = 'Iliopsoas Workbench';

/** "Patients – Iliopsoas Workbench": the screen first, so tabs and history stay readable. */
export function documentTitle(screen: string): string {
  return `${screen} – ${APP_NAME}`;
}
