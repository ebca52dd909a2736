/**
 * Department-wide settings, one synced row per key. Each key has a schema and
 * a default; a value that fails its schema is refused at the field.
 */
import { z } from 'zod'
import { type ManifestSettingDefaults, type ManifestSettingSchemas, merged } from '../procedures/manifests'

/** The settings every installation has; each procedure adds its own (its manifest). */
const coreSchemas = {
  /** Minutes without keyboard or mouse before the screen locks. */
  'security.idleLockMinutes': z.number().int().min(1).max(240),
  /** Back up automatically once a day at the first start. */
  'backup.autoDaily': z.boolean(),
  /** The dashboard warns when the newest backup is older than this. */
  'backup.reminderDays': z.number().int().min(1).max(60),
  /** 目标客户 not contacted for this many days appear on the dashboard. */
  'archives.targetContactDays': z.number().int().min(1).max(365),
} as const

export const settingSchemas: typeof coreSchemas & ManifestSettingSchemas = {
  ...coreSchemas,
  ...merged<ManifestSettingSchemas>((m) => m.settings.schemas),
}

export type SettingKey = keyof typeof settingSchemas
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>
export type SettingValues = { [K in SettingKey]: SettingValue<K> }

export const settingDefaults: SettingValues = {
  'security.idleLockMinutes': 15,
  'backup.autoDaily': true,
  'backup.reminderDays': 7,
  'archives.targetContactDays': 30,
  ...merged<ManifestSettingDefaults>((m) => m.settings.defaults),
}

export const settingKeys = Object.keys(settingSchemas) as SettingKey[]
