import { createTheme } from '@mantine/core'

/** Calm business blue; system CJK fonts first so Chinese renders crisply on Windows and Linux. */
export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily:
    '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", -apple-system, "Segoe UI", sans-serif',
  headings: {
    fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  },
})
