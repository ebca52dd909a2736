/** Words of the collections statements screens. */
export const statementsZh = {
  statementsScreen: {},
}
