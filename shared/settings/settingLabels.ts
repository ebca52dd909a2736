/** Each setting's label on the settings screen (an i18n key), so the audit log names it the same way. */
import { type ManifestSettingLabels, merged } from '../procedures/manifests'
import type { SettingKey } from './settingKeys'

export const settingLabels: Record<SettingKey, string> = {
  'security.idleLockMinutes': 'settings.idleLockMinutes',
  'backup.autoDaily': 'settings.autoBackup',
  'backup.reminderDays': 'settings.reminderDays',
  'archives.targetContactDays': 'settings.targetContactDays',
  ...merged<ManifestSettingLabels>((m) => m.settings.labels),
}
