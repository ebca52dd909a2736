/** Why a preview failed, as the key of the sentence the clerk reads (i18n `preview.reason.*`). */
export type PreviewFailure = 'corrupt' | 'password' | 'tooLarge' | 'unsupported' | 'empty' | 'unknown'

export class PreviewError extends Error {
  constructor(
    readonly reason: PreviewFailure,
    detail?: string,
  ) {
    super(detail ?? reason)
    this.name = 'PreviewError'
  }
}

/** Our own failures keep their reason; pdf.js failures are told apart by the exception's name. */
export function failureOf(err: unknown): PreviewFailure {
  if (err instanceof PreviewError) return err.reason
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : ''
  switch (name) {
    case 'PasswordException':
      return 'password'
    case 'InvalidPDFException':
    case 'FormatError':
      return 'corrupt'
    default:
      return 'unknown'
  }
}
