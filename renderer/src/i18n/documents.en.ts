/** English words of the printed-document preview; keys as documents.zh-CN.ts. */
import type { documentsZh } from './documents.zh-CN'
import type { Messages } from './zh-CN'

export const documentsEn: Pick<Messages, keyof typeof documentsZh> = {
  documents: {
    preview: {
      loading: 'Creating the document…',
      pages: '{{count}} pages',
      save: 'Save',
      print: 'Print',
      openExternal: 'Open in system viewer',
      savedTitle: 'Document saved',
      saved: 'Saved to {{path}}\nSHA-256: {{sha256}}',
      printed: 'Sent to the printer: {{path}}',
      opened: 'Opened in the system viewer: {{path}}',
      failed: 'The document could not be created; please try again',
    },
    errors: {
      badPath: 'Not a valid document path: {{path}}',
      notFound: 'The saved document {{path}} was not found; please save it again',
      openFailed: 'The document could not be opened; is a PDF reader installed?',
      printFailed: 'The document could not be printed; is a PDF reader installed and a default printer set?',
      tooManyCopies:
        'The folder {{path}} holds too many files of this name; please ask the administrator to check it',
    },
  },
}
