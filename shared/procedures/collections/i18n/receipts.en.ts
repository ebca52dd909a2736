/** English words of the collections receipts screens. */
export const receiptsEn = {
  receiptsScreen: {},
}
