// Every KVS key the app uses is named here, so no key literal is scattered through the code.
export const STORAGE_KEYS = {
  setupState: 'config:setup',
} as const;
