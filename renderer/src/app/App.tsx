/** Composes providers and the gate; nothing else. */
import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import { HashRouter } from 'react-router'
import { Gate } from './Gate'
import { theme } from './theme'

export function App() {
  return (
    <MantineProvider theme={theme}>
      <ModalsProvider>
        <Notifications position="top-center" autoClose={3000} limit={3} />
        <HashRouter>
          <Gate />
        </HashRouter>
      </ModalsProvider>
    </MantineProvider>
  )
}
