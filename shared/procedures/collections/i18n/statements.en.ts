/** English words of the collections statements screens. */
export const statementsEn = {
  statementsScreen: {},
}
