/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True in the demo build, where the API runs in the page. */
  readonly VITE_API_IN_BROWSER: boolean;
  /** Which embedded data the in-browser API serves: the report's seed, or 1,000 indicators for the bench. */
  readonly VITE_DATASET: 'seed' | 'scaled-1000';
}
