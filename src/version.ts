/** The package version, sent in the `User-Agent` header. A test keeps it equal to package.json's. */
export const VERSION = '2.0.0-alpha.0';
