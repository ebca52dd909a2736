/** Words of the collections receipts screens. */
export const receiptsZh = {
  receiptsScreen: {},
}
