/**
 * Validation built from field specs, used by forms (at the field), the
 * repositories (refusing bad input whatever the UI did) and the Excel import
 * (per row). Messages are i18n keys under `validation.`.
 */
import { z } from 'zod'
import { usccRule } from '../validation/usccRule'
import type { DateOrder } from './archiveSpecs'
import type { FieldSpec } from './fieldSpec'
import { optionSets } from './optionSets'

/** Largest amount a field accepts: 1 万亿 yuan, in fen. */
export const MAX_FEN = 100_000_000_000_000
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const PHONE = /^[0-9+\-() 转,，/]*$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

function textOf(field: FieldSpec, max: number) {
  const base = z.string().trim().max(max, 'validation.tooLong')
  return field.required ? base.min(1, 'validation.required') : base
}

function optional(check: (v: string) => boolean, message: string) {
  return (v: string) => v === '' || check(v) || message
}

export function fieldSchema(field: FieldSpec): z.ZodType {
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return textOf(field, field.maxLength ?? 200)
    case 'uscc':
      return textOf(field, 18)
        .transform((v) => v.toUpperCase())
        .superRefine(usccRule)
    case 'phone':
      return textOf(field, 40).refine(
        optional((v) => PHONE.test(v), ''),
        'validation.phone',
      )
    case 'email':
      return textOf(field, 100).refine(
        optional((v) => EMAIL.test(v), ''),
        'validation.email',
      )
    case 'date':
      return textOf(field, 10).refine(optional(isIsoDate, ''), 'validation.date')
    case 'select': {
      const options: readonly string[] = field.optionSet ? optionSets[field.optionSet] : []
      return textOf(field, 40).refine(
        optional((v) => options.includes(v), ''),
        'validation.option',
      )
    }
    case 'ref':
      return textOf(field, 40)
    case 'money':
      return z
        .number('validation.money')
        .int('validation.money')
        .min(0, 'validation.money')
        .max(MAX_FEN, 'validation.money')
    case 'rate':
      return z
        .number('validation.rate')
        .int('validation.rate')
        .min(0, 'validation.rate')
        .max(10_000, 'validation.rate')
    case 'int':
      return z.number('validation.int').int('validation.int').min(0, 'validation.int')
    case 'bool':
      return z.boolean()
  }
}

/** The record's fields as one schema, with date-order rules (`validation.notBefore.<first>`). */
export function recordSchema(fields: readonly FieldSpec[], dateOrder: DateOrder = []) {
  const shape = Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f)]))
  return z.object(shape).superRefine((values, ctx) => {
    const v = values as Record<string, unknown>
    for (const [first, second] of dateOrder) {
      const a = v[first]
      const b = v[second]
      if (typeof a === 'string' && typeof b === 'string' && a !== '' && b !== '' && b < a) {
        ctx.addIssue({ code: 'custom', path: [second], message: `validation.notBefore.${first}` })
      }
    }
  })
}

const cache = new WeakMap<readonly FieldSpec[], ReturnType<typeof recordSchema>>()

/**
 * The schema of a field list, built once: building a zod object costs about a
 * millisecond, which 10,000 imported rows would otherwise pay each. A field
 * list always comes with the same date-order rules, so the list is the key.
 */
export function cachedRecordSchema(fields: readonly FieldSpec[], dateOrder: DateOrder = []) {
  let schema = cache.get(fields)
  if (!schema) {
    schema = recordSchema(fields, dateOrder)
    cache.set(fields, schema)
  }
  return schema
}
