/** Words of the collections bills screens. */
export const billsZh = {
  billsScreen: {},
}
