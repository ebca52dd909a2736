/** The header's sync status in words: a failure's sentence names what the failure named. */
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { clockText, stopReason } from '../../../../renderer/src/procedures/sync/syncStatusText'
import { zhCN } from '../../../../renderer/src/i18n/zh-CN'

const i18n = i18next.createInstance()
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
})
const t = i18n.t.bind(i18n)

describe('stopReason', () => {
  it('says why the share is offline, as the failure said it', () => {
    const text = stopReason(t as never, {
      stop: null,
      error: 'share.offline',
      errorParams: { reason: 'ETIMEDOUT' },
    })
    expect(text).toContain('共享文件夹暂时无法访问（ETIMEDOUT）')
  })

  it('reads a detail the failure did not name as a dash, never as a raw placeholder', () => {
    const text = stopReason(t as never, { stop: null, error: 'share.renameBlocked', errorParams: {} })
    expect(text).toContain('“—”')
    expect(text).not.toContain('{{')
  })

  it('names an engine stop in words', () => {
    const text = stopReason(t as never, { stop: 'wrongShare', error: null, errorParams: {} })
    expect(text).toMatch(/[\u4e00-\u9fff]/)
    expect(text).not.toContain('sync.stops')
  })
})

describe('clockText', () => {
  it('names this PC as the one whose clock is wrong, slow or fast, in the largest unit', () => {
    // The share's clock is a year ahead of this PC's: this PC is slow.
    expect(clockText(t as never, 365 * 86_400_000)).toBe('本机时钟比共享文件夹慢 365 天，请校准本机时间')
    expect(clockText(t as never, -3 * 3_600_000)).toBe('本机时钟比共享文件夹快 3 小时，请校准本机时间')
    expect(clockText(t as never, 5 * 60_000)).toBe('本机时钟比共享文件夹慢 5 分钟，请校准本机时间')
  })

  it('only says how far apart they are within the warning’s limit', () => {
    expect(clockText(t as never, -40_000)).toBe('本机时钟与共享文件夹相差 40 秒')
  })
})
