/** English words of the collections aging screens. */
export const agingEn = {
  agingScreen: {},
}
