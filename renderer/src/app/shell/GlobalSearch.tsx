/**
 * Ctrl+K: one search over every archive (Mantine spotlight). Tables are read
 * only after the first open, then stay live; matching is the same pinyin-aware
 * search the lists use.
 */
import { Button, Kbd } from '@mantine/core'
import { createSpotlight, Spotlight } from '@mantine/spotlight'
import { IconSearch } from '@tabler/icons-react'
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { type ArchiveTable, archiveSpecs, archiveTables } from '@shared/masterData/archiveSpecs'
import { SearchCorpus } from '@shared/search/searchCorpus'
import { appDb } from '../../data/db'
import { useTableRows } from '../../data/tableRows'
import { liveRows } from '@shared/types/records'

const PER_TABLE = 8
const [searchStore, searchSpotlight] = createSpotlight()

export function GlobalSearchButton() {
  const { t } = useTranslation()
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconSearch size={14} />}
      rightSection={<Kbd size="xs">Ctrl K</Kbd>}
      onClick={() => searchSpotlight.open()}
    >
      {t('search.open')}
    </Button>
  )
}

export function GlobalSearch() {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(false)
  return (
    <Spotlight.Root
      store={searchStore}
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      onSpotlightOpen={() => setActive(true)}
      scrollable
      maxHeight={520}
    >
      <Spotlight.Search placeholder={t('search.placeholder')} leftSection={<IconSearch size={18} />} />
      <Spotlight.ActionsList>{active && <Results query={query} />}</Spotlight.ActionsList>
    </Spotlight.Root>
  )
}

function Results({ query }: { query: string }) {
  const { t } = useTranslation()
  const deferred = useDeferredValue(query)
  // Each table reports how many it found, so "nothing found" shows only when no table found anything.
  const [counts, setCounts] = useState<Partial<Record<ArchiveTable, number>>>({})
  const onCount = useCallback(
    (table: ArchiveTable, n: number) => setCounts((c) => (c[table] === n ? c : { ...c, [table]: n })),
    [],
  )
  const empty = archiveTables.every((table) => counts[table] === 0)
  const groups = archiveTables.map((table) => (
    <TableResults key={table} table={table} query={deferred} onCount={onCount} />
  ))
  if (deferred.trim() === '') return <Spotlight.Empty>{t('search.hint')}</Spotlight.Empty>
  return (
    <>
      {groups}
      {empty && <Spotlight.Empty>{t('search.nothing')}</Spotlight.Empty>}
    </>
  )
}

interface TableResultsProps {
  table: ArchiveTable
  query: string
  onCount: (table: ArchiveTable, n: number) => void
}

function TableResults({ table, query, onCount }: TableResultsProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const rows = useTableRows(appDb(), table)
  const live = useMemo(() => liveRows(rows ?? []), [rows])
  const searchTexts = useMemo(() => live.map((r) => (typeof r.search === 'string' ? r.search : '')), [live])
  const corpus = useMemo(
    () =>
      new SearchCorpus(
        searchTexts,
        searchTexts.map((_, i) => i),
      ),
    [searchTexts],
  )
  const hits = useMemo(
    () => (query.trim() === '' ? [] : corpus.search(query).slice(0, PER_TABLE)).map((i) => live[i]),
    [corpus, live, query],
  )
  const loaded = rows !== undefined
  useEffect(() => {
    if (loaded) onCount(table, hits.length)
  }, [loaded, table, hits.length, onCount])
  if (hits.length === 0) return null
  return (
    <Spotlight.ActionsGroup label={t(`archives.${table}.title`)}>
      {hits.map((row: AnyRecord) => (
        <Spotlight.Action
          key={row.id}
          label={String(row.name)}
          description={describe(table, row)}
          onClick={() => navigate(`${archiveSpecs[table].route}/${row.id}`)}
        />
      ))}
    </Spotlight.ActionsGroup>
  )
}

function describe(table: ArchiveTable, row: AnyRecord): string {
  const parts =
    table === 'products'
      ? [row.spec, row.model]
      : table === 'qualifications'
        ? [row.number]
        : [row.shortName, row.uscc, row.region]
  return parts.filter((p) => typeof p === 'string' && p !== '').join(' · ')
}
