/** The wizard's join: what 测试文件夹 finds that rules a folder out, as the sentence at the field. */
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import type { ShareProbe } from '@shared/ipc/shareContract'
import { SHARE_FORMAT_VERSION } from '@shared/sync/syncOp'
import { zhCN } from '../../../../renderer/src/i18n/zh-CN'
import { probeRefusal } from '../../../../renderer/src/procedures/setup/joinRefusal'

const i18n = i18next.createInstance()
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
})

const root = '/srv/商务部'
const format = {
  shareId: '123e4567-e89b-42d3-a456-426614174000',
  formatVersion: SHARE_FORMAT_VERSION,
  minAppVersion: '0.1.0',
  createdAt: '2026-11-01T08:00:00.000Z',
}
const good: ShareProbe = {
  root,
  writable: true,
  renameWorks: true,
  clockOffsetMs: 300,
  format,
  problem: null,
}

function sentence(probe: ShareProbe): string | null {
  const refusal = probeRefusal(probe)
  return refusal && i18n.t(refusal.key, refusal.params)
}

describe('probeRefusal', () => {
  it('lets a writable share of this format with a right clock be joined', () => {
    expect(probeRefusal(good)).toBeNull()
  })

  it('says no share was found in a folder without one, naming the folder', () => {
    expect(sentence({ ...good, format: null })).toMatch(/^没有找到共享：“\/srv\/商务部”/)
  })

  it('asks for an update first when the share is of a newer format', () => {
    const text = sentence({ ...good, format: { ...format, formatVersion: SHARE_FORMAT_VERSION + 1 } })
    expect(text).toMatch(/^请先升级本程序/)
    expect(text).toContain(`第 ${SHARE_FORMAT_VERSION + 1} 版`)
  })

  it('says the folder cannot be reached when the probe found nothing there', () => {
    const offline = { ...good, writable: false, format: null, problem: 'errors.share.probe.offline' }
    expect(sentence(offline)).toMatch(/^共享文件夹无法访问：找不到“\/srv\/商务部”/)
  })

  it('keeps the probe’s own sentence for a folder it cannot write to', () => {
    expect(sentence({ ...good, writable: false, problem: 'errors.share.probe.notWritable' })).toBe(
      '没有该文件夹的写入权限，请联系管理员开通',
    )
  })

  it('refuses a clock more than a day off, and only warns below that', () => {
    expect(sentence({ ...good, clockOffsetMs: 2 * 86_400_000 })).toMatch(
      /^本机时钟与共享文件夹相差超过 24 小时/,
    )
    expect(probeRefusal({ ...good, clockOffsetMs: 10 * 60_000 })).toBeNull()
  })
})
