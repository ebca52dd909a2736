import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp'

describe('CONTENT_SECURITY_POLICY', () => {
  it('is exactly the policy renderer/index.html repeats in its meta tag', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    )
  })

  it('allows no inline or evaluated script and no remote origin', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values] as const
      }),
    )
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
    expect(directives.get('object-src')).toEqual(["'none'"])
  })
})
