/** Composes providers and the gate; nothing else. */
import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import { createHashRouter, RouterProvider } from 'react-router'
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

export function App() {
  return (
    <MantineProvider theme={theme}>
      <LocalizedDates>
        <ModalsProvider>
          <Notifications position="top-center" autoClose={3000} limit={3} />
          <RouterProvider router={router} />
        </ModalsProvider>
      </LocalizedDates>
    </MantineProvider>
  )
}
