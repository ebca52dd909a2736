/** Words of the collections aging screens. */
export const agingZh = {
  agingScreen: {},
}
