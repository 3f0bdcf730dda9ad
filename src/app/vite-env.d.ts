/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "true" makes `npm run dev:mocks` start the MSW worker (development builds only). */
  readonly VITE_MOCKS?: string;
}
