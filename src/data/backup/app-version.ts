import { version } from '../../../package.json';

/** The app's own version (package.json), stamped on every backup file. */
export const APP_VERSION: string = version;
