import { readFile } from 'node:fs/promises'
import subsetFont from 'subset-font'
import { describe, expect, it } from 'vitest'
import { fontsInNodeModules } from '../../../../../electron/main/services/documents/fontFaces'
import { subsetTrueType } from '../../../../../electron/main/services/documents/harfbuzzSubset'
import { DROPPED_TABLES } from '../../../../../electron/main/services/documents/renderPdf'

describe('subsetTrueType', () => {
  it('gives the same bytes as subset-font with the same options, call after call on one loaded face', async () => {
    const font = await readFile(fontsInNodeModules()('NotoSerifSC_400Regular.ttf'))
    for (const text of [
      '甲方乙方（盖章）：，。、；',
      '合同编号 HT-202611-0001 ¥1,280.00 第 1 页 共 3 页',
      '甲',
    ]) {
      const ours = await subsetTrueType(font, text, { dropTables: DROPPED_TABLES })
      const theirs = await subsetFont(font, text, {
        targetFormat: 'truetype',
        noHinting: true,
        keepFeatures: [],
        dropTables: [...DROPPED_TABLES],
      })
      expect(Buffer.from(ours).equals(theirs), text).toBe(true)
    }
  }, 60_000)
})
