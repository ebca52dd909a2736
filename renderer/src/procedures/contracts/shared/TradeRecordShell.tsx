/**
 * The page around one 报价单 or 电话/传真订货: breadcrumbs back to its list,
 * then a loader, "not found", or the record's form.
 */
import { Anchor, Breadcrumbs, Loader, Stack, Text } from '@mantine/core'
import { Fragment, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'

/** What a trade record's page loads: undefined while loading, false when it is not there. */
export type Loading<L> = L | false | undefined

interface Props<L extends { row: { id: string; number: string } | null }> {
  loaded: Loading<L>
  listPath: string
  /** Where its words are: <procedure>.title (the list), .one (while loading), .unsaved (新…). */
  procedure: 'quotations' | 'phoneOrders'
  children: (loaded: L) => ReactNode
}

export function TradeRecordShell<L extends { row: { id: string; number: string } | null }>({
  loaded,
  listPath,
  procedure,
  children,
}: Props<L>) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const title = loaded ? (loaded.row?.number ?? t(`${procedure}.unsaved`)) : t(`${procedure}.one`)
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor onClick={() => navigate(listPath)}>{t(`${procedure}.title`)}</Anchor>
        <Text>{title}</Text>
      </Breadcrumbs>
      {loaded === undefined ? (
        <Loader />
      ) : loaded === false ? (
        <Text c="red">{t('errors.data.notFound')}</Text>
      ) : (
        // A new record's page becomes the saved one's: the form starts again from what was stored.
        <Fragment key={loaded.row?.id ?? 'new'}>{children(loaded)}</Fragment>
      )}
    </Stack>
  )
}
