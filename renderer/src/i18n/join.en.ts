/** English words of joining a share from the first start (same keys as join.zh-CN.ts). */
import type { joinZh } from './join.zh-CN'

export const joinEn: typeof joinZh = {
  join: {
    offer: 'Other PCs already use this app?',
    offerText: 'Take the company, the users and every record from the shared folder.',
    offerButton: 'Join an existing share',
    title: 'Join an existing share',
    intro:
      'Enter the folder the first PC chose when it created the share. This PC takes the company, every user and every record from it and creates nothing of its own; then sign in with an account made on the first PC.',
    submit: 'Join and fetch the data',
    retry: 'Retry',
    back: 'Back: set up a new company',
    resume:
      'This PC started joining a share and did not finish; “Join and fetch the data” goes on from there.',
    probeNotShare: 'Not a share',
    checking: 'Checking the shared folder…',
    snapshot: 'Reading the share’s snapshot…',
    segments: 'Fetching the other PCs’ data: {{done}} of {{total}} change files applied',
    applied: '{{done}} of {{total}} change files applied',
    summary: 'Fetched from the share: the company, {{users}} users, {{records}} records.',
    waitingNote: '{{count}} more change files cannot be read yet; sync goes on after sign-in.',
    signInHint: 'Sign in with an account made on the first PC.',
    toSignIn: 'Sign in',
    refused: {
      offline:
        'The shared folder cannot be reached: “{{root}}” is not there or cannot be opened. Check the path, the network and the mapped drive, then retry.',
      notAShare:
        'No share found: “{{root}}” holds no AppSync share. Enter the folder the first PC chose when it created the share (the one AppSync is in).',
      tooNew:
        'Update this app first: the share uses format {{formatVersion}}, this app reads up to format {{supported}}. Join after updating.',
      clock:
        'This PC’s clock is more than 24 hours off the shared folder’s. Set the date and time, then join.',
      noCompany:
        'The share holds no company yet: finish set-up on the first PC, create the share and sync once (Sync now), then join.',
      wrongShare: 'This PC started joining another share; enter that same folder to go on.',
      ownFolderMissing: 'This PC’s folder on the share is gone; ask the administrator.',
      notFresh:
        'This PC already has data of its own and cannot join from the start; sign in and join from Settings → Shared folder.',
    },
  },
}
