/** English words of the collections bills screens. */
export const billsEn = {
  billsScreen: {},
}
