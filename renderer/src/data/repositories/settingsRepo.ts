/** Department-wide settings: one synced row per key, validated by its schema. */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { canonicalJson } from '@shared/kernel/canonicalJson'
import {
  type SettingKey,
  type SettingValues,
  settingDefaults,
  settingKeys,
  settingSchemas,
} from '@shared/settings/settingKeys'
import type { DeskDb } from '../db'
import { runWrite, type WriteContext } from '../unitOfWork'

export async function readSettings(db: DeskDb): Promise<SettingValues> {
  const rows = await db.settings.bulkGet(settingKeys)
  const values: Record<string, unknown> = { ...settingDefaults }
  rows.forEach((row, i) => {
    if (!row || row.deletedAt) return
    const parsed = settingSchemas[settingKeys[i]].safeParse(row.value)
    if (parsed.success) values[settingKeys[i]] = parsed.data
  })
  return values as SettingValues
}

/** Saves the settings that changed, all in one transaction. */
export async function saveSettings(
  db: DeskDb,
  next: Partial<SettingValues>,
  ctx: WriteContext,
): Promise<void> {
  const entries: [SettingKey, SettingValues[SettingKey]][] = []
  for (const [key, value] of Object.entries(next) as [SettingKey, unknown][]) {
    const parsed = settingSchemas[key].safeParse(value)
    if (!parsed.success) throw new AppFailure('settings.invalid', 'errors.settings.invalid', { key })
    // Stored as the schema reads it (texts trimmed), so what is compared is what is kept.
    entries.push([key, parsed.data as SettingValues[SettingKey]])
  }
  await runWrite(db, ctx, async (w) => {
    assertCan(w.actor, 'settings.edit')
    const current = await readSettings(db)
    for (const [key, value] of entries) {
      // Unchanged values (defaults included) write nothing and log nothing;
      // lists such as the clause library are compared by value, not identity.
      if (canonicalJson(current[key]) === canonicalJson(value)) continue
      const row = await w.get('settings', key)
      if (!row) await w.create('settings', { value }, { id: key })
      else await w.update('settings', key, { value })
    }
  })
}
