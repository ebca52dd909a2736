/**
 * The registry of what each procedure adds to the app-wide lists: its
 * permissions, its settings and its screen words (each procedure's
 * `manifest.ts`). The permission, settings and i18n registries read this
 * list; adding a procedure is a line here and one in index.ts (README
 * "Adding a procedure").
 */
import type { UnionToIntersection } from '../types/unionToIntersection'
import { collectionsManifest } from './collections/manifest'
import { contractsManifest } from './contracts/manifest'
import { invoicingManifest } from './invoicing/manifest'
import { shippingManifest } from './shipping/manifest'

export const manifests = [
  contractsManifest,
  shippingManifest,
  invoicingManifest,
  collectionsManifest,
] as const

type Manifest = (typeof manifests)[number]

export type ManifestPermissions = UnionToIntersection<Manifest['permissions']>
export type ManifestSettingSchemas = UnionToIntersection<Manifest['settings']['schemas']>
export type ManifestSettingDefaults = UnionToIntersection<Manifest['settings']['defaults']>
export type ManifestSettingLabels = UnionToIntersection<Manifest['settings']['labels']>
export type ManifestWords<L extends 'zh-CN' | 'en'> = UnionToIntersection<Manifest['words'][L]>

/** Every manifest's entries of one kind, merged into one object. */
export function merged<T>(pick: (m: Manifest) => object): T {
  return Object.assign({}, ...manifests.map(pick)) as T
}
