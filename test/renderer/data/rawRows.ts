/**
 * Rows written raw (w.create or bulkPut) by tests of what the repositories
 * leave behind: a contract line of 2 units with its price fields, so the
 * contract's derived totals can be worked out.
 */
export const contractLineRow = (parentId: string, unitFen = 50_000) => ({
  parentTable: 'contracts',
  parentId,
  position: 1,
  name: '断路器',
  unit: '台',
  qty: 2,
  unitFen,
  discountBp: 0,
  taxRateBp: 1300,
})
