/**
 * The state of a trade record's form (报价单, 电话/传真订货): the values,
 * the problems shown at their fields, and the one action running at a time.
 * An edit clears the problems of the fields it changed; a refusal from the
 * repository is shown at its field and as a red notification.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LineInput } from '@shared/procedures/contracts/schema'
import { appDb } from '../../../data/db'
import { lineInputOf, liveLines } from '../../../data/repositories/contracts/childLines'
import { useActor, useWriteContext } from '../../../stores/session'
import type { FieldErrors } from './fieldErrors'
import { showRefusal } from './showRefusal'

/** The fields of T that hold text, for TextInput and Textarea. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string

export function useTradeForm<T extends { lines: LineInput[] }>(initial: () => T, editable: boolean) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const [values, setValues] = useState<T>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)

  const set = (patch: Partial<T>) => {
    setValues((v) => ({ ...v, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const k of Object.keys(patch)) delete next[k]
      return next
    })
  }
  const err = (field: string) => {
    const e = errors[field]
    return e ? t(e.key, e.params) : undefined
  }
  /** Shows every problem found at its field; true when there is none. */
  const accept = (found: FieldErrors) => {
    setErrors(found)
    return Object.keys(found).length === 0
  }
  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    try {
      await action()
    } catch (e) {
      showRefusal(t, e, setErrors)
    } finally {
      setBusy(false)
    }
  }
  /** After a stored record is saved again: its lines as stored, new ones with their ids. */
  const reloadLines = async (id: string) =>
    set({ lines: (await liveLines(appDb(), id)).map((l) => lineInputOf(l, true)) } as Partial<T>)
  /** Value, change, problem and editability of a field edited as text (CustomerSelect, DayInput). */
  const field = (key: TextKey<T>) => ({
    value: values[key] as string,
    onChange: (value: string) => set({ [key]: value } as Partial<T>),
    error: err(key),
    editable,
  })
  /** The same for a TextInput or Textarea. */
  const text = (key: TextKey<T>) => ({
    value: values[key] as string,
    onChange: (e: { currentTarget: { value: string } }) =>
      set({ [key]: e.currentTarget.value } as Partial<T>),
    error: err(key),
    readOnly: !editable,
  })

  return { values, set, errors, err, accept, busy, run, reloadLines, field, text, write, actor, editable }
}
