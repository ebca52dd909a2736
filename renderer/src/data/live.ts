/**
 * Screens read records live through this module, so Dexie stays inside
 * renderer/src/data (CONVENTIONS.md §1) while pages still use useLiveQuery.
 */
export { useLiveQuery } from 'dexie-react-hooks'
