interface ImportMetaEnv {
  /** The site's public address with a trailing slash (SITE_URL and BASE_PATH at build time). */
  readonly VITE_SITE_ROOT: string;
}
