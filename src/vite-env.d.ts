/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True in the demo build, where the API runs in the browser under msw. */
  readonly VITE_API_IN_BROWSER: boolean;
}
