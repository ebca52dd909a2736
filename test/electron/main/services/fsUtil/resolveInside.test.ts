import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveInside } from '../../../../../electron/main/services/fsUtil/resolveInside'

describe('resolveInside', () => {
  const dir = resolve('/data/backups')

  it('joins the name when it stays inside the folder', () => {
    expect(resolveInside(dir, 'backup-1.json')).toBe(join(dir, 'backup-1.json'))
    expect(resolveInside(dir, 'sub/../a.json')).toBe(join(dir, 'a.json'))
  })

  it.each(['../x', '../../etc/passwd', '/etc/passwd', '.', '', '..', '../backups-evil/x', 'a\0b'])(
    'refuses %j when it would leave the folder or name the folder itself',
    (name) => {
      expect(resolveInside(dir, name)).toBeUndefined()
    },
  )
})
