/**
 * The app's version as the sync handshake reports it (hello.appVersion). Kept here by hand — package.json is not
 * bundled into main — and checked against package.json by app-version.test.ts.
 */
export const APP_VERSION = '0.1.0';
