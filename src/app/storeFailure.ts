/** The local store's failures as the screens word them: full storage told apart from any other refusal. */
export { storeFailureOf as storeFailure } from '../adapters/storage/storeWriteError';
export { StoreWriteError } from '../domain/StoreWriteError';
