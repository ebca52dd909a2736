import { describe, expect, it } from 'vitest'
import { dataUrlBytes, documentParams } from '../../../../renderer/src/components/preview/pdfDocument'

type Factory = new () => {
  fetch(arg: {
    name?: string
    filename?: string
  }): Promise<Uint8Array | { cMapData: Uint8Array; isCompressed: boolean }>
}

describe('documentParams', () => {
  it('hands pdf.js a copy, since pdf.js takes (transfers) the bytes it is given', () => {
    const data = new Uint8Array([0x25, 0x50, 0x44, 0x46])
    const params = documentParams(data)
    expect(params.data).toEqual(data)
    expect((params.data as Uint8Array).buffer).not.toBe(data.buffer)
  })

  it('keeps pdf.js inside our CSP: no eval, no WebAssembly, no fetching from the worker', () => {
    const params = documentParams(new Uint8Array(1))
    expect(params.isEvalSupported).toBe(false)
    expect(params.useWasm).toBe(false)
    expect(params.useWorkerFetch).toBe(false)
  })

  it('finds the bundled CMaps for Chinese fonts that are not embedded', async () => {
    const Reader = documentParams(new Uint8Array(1)).CMapReaderFactory as Factory
    const result = (await new Reader().fetch({ name: 'UniGB-UCS2-H' })) as {
      cMapData: Uint8Array
      isCompressed: boolean
    }
    expect(result.isCompressed).toBe(true)
    expect(result.cMapData.length).toBeGreaterThan(1000)
    await expect(new Reader().fetch({ name: 'No-Such-CMap' })).rejects.toThrow(/Unknown CMap/)
  })

  it('finds the bundled Symbol and ZapfDingbats fonts', async () => {
    const Fonts = documentParams(new Uint8Array(1)).StandardFontDataFactory as Factory
    for (const filename of ['FoxitSymbol.pfb', 'FoxitDingbats.pfb']) {
      const bytes = (await new Fonts().fetch({ filename })) as Uint8Array
      expect(bytes.length).toBeGreaterThan(1000)
    }
  })
})

describe('dataUrlBytes', () => {
  it('decodes a base64 data URL', () => {
    expect([...dataUrlBytes('data:application/octet-stream;base64,AAEC/w==')]).toEqual([0, 1, 2, 255])
  })

  it('refuses anything else', () => {
    expect(() => dataUrlBytes('/assets/x.bcmap')).toThrow()
    expect(() => dataUrlBytes('data:text/plain,hello')).toThrow()
  })
})
