/**
 * First start → wizard (also while it joins a share, though the company
 * row has arrived); signed out → login; locked → lock screen; else the frame.
 */
import { Center, Loader } from '@mantine/core'
import { useLiveQuery } from '../data/live'
import { appDb } from '../data/db'
import { isSetUp } from '../data/repositories/setupRepo'
import { LoginScreen } from '../procedures/auth/LoginScreen'
import { SetupWizard } from '../procedures/setup/SetupWizard'
import { useSession } from '../stores/session'
import { useShareJoin } from '../stores/shareJoin'
import { AppFrame } from './shell/AppFrame'

export function Gate() {
  const setUp = useLiveQuery(() => isSetUp(appDb()), [])
  const user = useSession((s) => s.user)
  const joining = useShareJoin((s) => s.joining)
  if (setUp === undefined) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    )
  }
  if (!setUp || joining) return <SetupWizard />
  if (!user) return <LoginScreen />
  return <AppFrame />
}
