/** English words of the dunning screen. */
export const dunningEn = {
  dunningScreen: {
    title: 'Dunning',
    search: 'Find by contract, customer',
    allReps: 'All sales reps',
    overdueOnly: 'Overdue only',
    total: '{{count}} items, {{amount}} open',
    late: 'Overdue',
    daysLate: '{{n}} days late',
    daysLeft: 'due in {{n}} days',
    last: 'Last chased',
    never: 'Not chased yet',
    promised: 'promised {{date}}',
    record: 'Record a call',
    saved: 'Dunning record saved',
    noLog: 'Not chased yet.',
    empty: 'Nothing due and unpaid.',
    modalTitle: 'Dunning · contract {{number}} {{kind}}',
  },
}
