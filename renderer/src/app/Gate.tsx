/** First start → wizard; signed out → login; locked → lock screen; else the frame. */
import { Center, Loader } from '@mantine/core'
import { useLiveQuery } from '../data/live'
import { appDb } from '../data/db'
import { isSetUp } from '../data/repositories/setupRepo'
import { LoginScreen } from '../procedures/auth/LoginScreen'
import { SetupWizard } from '../procedures/setup/SetupWizard'
import { useSession } from '../stores/session'
import { AppFrame } from './shell/AppFrame'

export function Gate() {
  const setUp = useLiveQuery(() => isSetUp(appDb()), [])
  const user = useSession((s) => s.user)
  if (setUp === undefined) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    )
  }
  if (!setUp) return <SetupWizard />
  if (!user) return <LoginScreen />
  return <AppFrame />
}
