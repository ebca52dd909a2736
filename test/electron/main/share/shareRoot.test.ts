import { describe, expect, it } from 'vitest'
import { isShareRoot } from '../../../../electron/main/services/share/shareRoot'

describe('isShareRoot', () => {
  it.each([
    ['\\\\fileserver\\商务部', 'win32'],
    ['\\\\fileserver\\商务部\\同步', 'linux'],
    ['\\\\10.0.0.5\\share', 'win32'],
    ['D:\\共享\\商务部', 'win32'],
    ['z:/sync', 'win32'],
    ['/mnt/share', 'linux'],
  ])('accepts %j on %s', (root, platform) => {
    expect(isShareRoot(root, platform)).toBe(true)
  })

  it.each([
    ['', 'win32'],
    ['share', 'linux'],
    ['./share', 'linux'],
    ['C:', 'win32'],
    ['C:share', 'win32'],
    ['\\share', 'win32'],
    ['/mnt/share', 'win32'],
    ['D:\\share', 'linux'],
    ['\\\\server', 'win32'],
    ['/mnt/a\0b', 'linux'],
    ['/mnt/share ', 'linux'],
  ])('refuses %j on %s', (root, platform) => {
    expect(isShareRoot(root, platform)).toBe(false)
  })
})
