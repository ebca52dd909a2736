/** Composes providers and the gate; nothing else. */
import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import { createHashRouter, RouterProvider } from 'react-router'
import { RecordPanelsProvider } from '../procedures/recordPanels'
import { procedureScreens } from '../procedures/registry'
import { recordPanelsOf } from '../procedures/screens'
import { installCalendarEscape } from './escapeClosesCalendarOnly'
import { Gate } from './Gate'
import { LocalizedDates } from './LocalizedDates'
import { theme } from './theme'

/**
 * A data router (hash URLs, as the app is loaded from a file): it lets a
 * form with unsaved changes hold a navigation and ask first (useUnsavedGuard).
 */
const router = createHashRouter([{ path: '*', element: <Gate /> }])
installCalendarEscape()
const recordPanels = recordPanelsOf(procedureScreens)

export function App() {
  return (
    <MantineProvider theme={theme}>
      <LocalizedDates>
        <ModalsProvider>
          <Notifications position="top-center" autoClose={3000} limit={3} />
          <RecordPanelsProvider panels={recordPanels}>
            <RouterProvider router={router} />
          </RecordPanelsProvider>
        </ModalsProvider>
      </LocalizedDates>
    </MantineProvider>
  )
}
